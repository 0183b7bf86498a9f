package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;

/**
 * How the letter speaks of the care, decided in one place by the kind of denial: a request to begin
 * care (pre-service), care under way that the plan stops covering (concurrent), or care already
 * given whose payment was denied (post-service). Nothing here says a patient is in a program unless
 * the denial is concurrent.
 */
@Outgoing
final class CareStory {

    private final CaseFile c;
    private final Denial d;
    private final Voice voice;

    CareStory(CaseFile c, Denial d, Voice voice) {
        this.c = c;
        this.d = d;
        this.voice = voice;
    }

    /**
     * Who pays, as the letter names it: "the plan", or the program for coverage that has no plan.
     */
    String payer() {
        return switch (c.plan().planType().orElse(org.overturn.domain.cases.PlanType.OTHER)) {
            case MEDICAID_FFS -> "Medicaid";
            case MEDICARE_ORIGINAL -> "Medicare";
            case TRICARE -> "TRICARE";
            case FEHB -> "the carrier";
            default -> "the plan";
        };
    }

    DenialType type() {
        return d.denialType();
    }

    /** "IOP", or "continued IOP" for a concurrent denial. */
    String careNoun() {
        String care = Words.shortCare(d.levelOfCare());
        return d.denialType() == DenialType.CONCURRENT ? "continued " + care : care;
    }

    /**
     * What the decision did: "to end coverage of continued …", "to deny authorization of …", "to
     * deny payment …".
     */
    String decisionClause() {
        String care = Words.care(d.levelOfCare());
        return switch (d.denialType()) {
            case CONCURRENT -> "to end coverage of continued " + care;
            case PRE_SERVICE -> "to deny authorization of " + care;
            case POST_SERVICE ->
                    "to deny payment for "
                            + care
                            + serviceDates().map(s -> " provided " + s).orElse("");
        };
    }

    /**
     * "from August 23, 2026 to September 12, 2026", "on August 23, 2026", "from August 23, 2026".
     */
    Optional<String> serviceDates() {
        Optional<LocalDate> from = d.startDateRequested();
        Optional<LocalDate> to = d.endDateRequested();
        if (from.isPresent() && to.isPresent()) {
            return Optional.of(
                    from.get().equals(to.get())
                            ? "on " + Words.date(from.get())
                            : "from " + Words.date(from.get()) + " to " + Words.date(to.get()));
        }
        return from.map(f -> "from " + Words.date(f));
    }

    /**
     * "It denied 15 days of care at 12 hours per week from November 17, 2026." or the claim's
     * dates.
     */
    Optional<String> whatWasDenied() {
        if (d.denialType() == DenialType.POST_SERVICE) {
            return serviceDates().map(s -> "It denied payment for the services " + s + ".");
        }
        Optional<Integer> n = d.unitsDenied().or(d::unitsRequested);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb =
                new StringBuilder("It denied ")
                        .append(Words.units(n.get(), d.unitKind()))
                        .append(" of care");
        d.hoursPerWeekRequested()
                .filter(h -> h.signum() > 0)
                .ifPresent(h -> sb.append(" at ").append(Words.hours(h)).append(" per week"));
        serviceDates().ifPresent(s -> sb.append(' ').append(s));
        return Optional.of(sb.append('.').toString());
    }

    /** Where the patient stands: the first sentence of the clinical summary. */
    String standing(Optional<Integer> age) {
        if (voice.signer() == org.overturn.domain.packet.Signer.PATIENT) {
            return ownStanding();
        }
        String name = c.patient().name();
        String care = Words.shortCare(d.levelOfCare());
        String aged = age.map(a -> ", " + a + " years old,").orElse("");
        return switch (d.denialType()) {
            case PRE_SERVICE ->
                    "This request is for "
                            + name
                            + "'s admission to "
                            + voice.our()
                            + ' '
                            + care
                            + " program"
                            + age.map(a -> " (" + name + " is " + a + " years old)").orElse("")
                            + ".";
            case CONCURRENT ->
                    name
                            + aged
                            + " has been in "
                            + voice.our()
                            + ' '
                            + care
                            + " program"
                            + firstDayOfCare().map(f -> " since " + Words.date(f)).orElse("")
                            + ".";
            case POST_SERVICE ->
                    name
                            + aged
                            + " received "
                            + care
                            + serviceDates().map(s -> " " + s).orElse("")
                            + "; "
                            + payer()
                            + " denied payment for it.";
        };
    }

    /** The patient's own words for where they stand. */
    private String ownStanding() {
        String care = Words.shortCare(d.levelOfCare());
        return switch (d.denialType()) {
            case PRE_SERVICE -> "This request is for my admission to the " + care + " program.";
            case CONCURRENT ->
                    "I have been in the "
                            + care
                            + " program"
                            + firstDayOfCare().map(f -> " since " + Words.date(f)).orElse("")
                            + ".";
            case POST_SERVICE ->
                    "I received "
                            + care
                            + serviceDates().map(s -> " " + s).orElse("")
                            + "; "
                            + payer()
                            + " denied payment for it.";
        };
    }

    /**
     * The authorized span, for care under way or given: "the plan authorized care from … through
     * …".
     */
    Optional<String> authorizedSpan() {
        List<AuthorizationPeriod> auth = c.authorizations();
        if (auth.isEmpty() || d.denialType() == DenialType.PRE_SERVICE) {
            return Optional.empty();
        }
        LocalDate first =
                auth.stream()
                        .map(AuthorizationPeriod::firstDay)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
        LocalDate last =
                auth.stream()
                        .map(AuthorizationPeriod::lastDay)
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
        String who = payer();
        return Optional.of(
                Character.toUpperCase(who.charAt(0))
                        + who.substring(1)
                        + " authorized care from "
                        + Words.date(first)
                        + " through "
                        + Words.date(last)
                        + ".");
    }

    private Optional<LocalDate> firstDayOfCare() {
        return c.authorizations().stream()
                .map(AuthorizationPeriod::firstDay)
                .min(Comparator.naturalOrder());
    }

    /**
     * What the letter asks the decider to do, after "I ask <decider> to reverse the decision and ".
     */
    String ask() {
        String shortCare = Words.shortCare(d.levelOfCare());
        return switch (d.denialType()) {
            case POST_SERVICE ->
                    "to reprocess and pay the claim"
                            + (d.claimNumber().isEmpty()
                                    ? ""
                                    : " (claim number " + d.claimNumber() + ")")
                            + " for the "
                            + shortCare
                            + " services provided"
                            + serviceDates().map(s -> " " + s).orElse("");
            case CONCURRENT -> "to authorize continued " + amount(shortCare);
            case PRE_SERVICE -> "to authorize " + amount(shortCare);
        };
    }

    private String amount(String shortCare) {
        StringBuilder sb = new StringBuilder();
        Optional<Integer> n = d.unitsDenied().or(d::unitsRequested);
        if (n.isPresent()) {
            sb.append(shortCare).append(", ").append(Words.units(n.get(), d.unitKind()));
        } else {
            sb.append(shortCare);
        }
        d.hoursPerWeekRequested()
                .filter(x -> x.signum() > 0)
                .ifPresent(x -> sb.append(" at ").append(Words.hours(x)).append(" per week"));
        d.startDateRequested().ifPresent(s -> sb.append(", from ").append(Words.date(s)));
        d.endDateRequested().ifPresent(s -> sb.append(" through ").append(Words.date(s)));
        return sb.toString();
    }

    /**
     * Whether the letter may speak of what happens if care stops: only when there is care to stop
     * or to begin.
     */
    boolean careAhead() {
        return d.denialType() != DenialType.POST_SERVICE;
    }

    /** "if IOP stops now", "without IOP". */
    String ifWithout() {
        String care = Words.shortCare(d.levelOfCare());
        return d.denialType() == DenialType.CONCURRENT
                ? "if " + care + " stops now"
                : "without " + care;
    }
}
