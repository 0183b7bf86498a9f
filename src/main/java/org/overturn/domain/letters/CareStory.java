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
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.wording.Wording;

/**
 * How the letter speaks of the care, decided in one place by the kind of denial: a request to begin
 * care (pre-service), care under way that the plan stops covering (concurrent), or care already
 * given whose payment was denied (post-service). Nothing here says a patient is in a program unless
 * the denial is concurrent.
 */
@Outgoing
final class CareStory {

    private static final Wording WORDS = Wording.of("letter");

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
        return WORDS.text(
                switch (c.plan().planType().orElse(PlanType.OTHER)) {
                    case MEDICAID_FFS -> "payer.medicaid";
                    case MEDICARE_ORIGINAL -> "payer.medicare";
                    case TRICARE -> "payer.tricare";
                    case FEHB -> "payer.fehb";
                    default -> "payer.plan";
                });
    }

    DenialType type() {
        return d.denialType();
    }

    /** "IOP", or "continued IOP" for a concurrent denial. */
    String careNoun() {
        String care = Words.shortCare(d.levelOfCare());
        return d.denialType() == DenialType.CONCURRENT
                ? WORDS.fill("story.careNoun.continued", "care", care)
                : care;
    }

    /**
     * What the decision did: "to end coverage of continued …", "to deny authorization of …", "to
     * deny payment …".
     */
    String decisionClause() {
        String care = Words.care(d.levelOfCare());
        return switch (d.denialType()) {
            case CONCURRENT -> WORDS.fill("story.decision.concurrent", "care", care);
            case PRE_SERVICE -> WORDS.fill("story.decision.preService", "care", care);
            case POST_SERVICE ->
                    serviceDates()
                            .map(
                                    s ->
                                            WORDS.fill(
                                                    "story.decision.postService.dates",
                                                    "care",
                                                    care,
                                                    "dates",
                                                    s))
                            .orElseGet(
                                    () -> WORDS.fill("story.decision.postService", "care", care));
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
                            ? WORDS.fill("story.dates.on", "date", Words.date(from.get()))
                            : WORDS.fill(
                                    "story.dates.fromTo",
                                    "from",
                                    Words.date(from.get()),
                                    "to",
                                    Words.date(to.get())));
        }
        return from.map(f -> WORDS.fill("story.dates.from", "from", Words.date(f)));
    }

    /**
     * "It denied 15 days of care at 12 hours per week from November 17, 2026." or the claim's
     * dates.
     */
    Optional<String> whatWasDenied() {
        if (d.denialType() == DenialType.POST_SERVICE) {
            return serviceDates().map(s -> WORDS.fill("story.denied.services", "dates", s));
        }
        Optional<Integer> n = d.unitsDenied().or(d::unitsRequested);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String units = Words.units(n.get(), d.unitKind());
        Optional<String> hours =
                d.hoursPerWeekRequested().filter(h -> h.signum() > 0).map(Words::hours);
        Optional<String> dates = serviceDates();
        if (hours.isPresent() && dates.isPresent()) {
            return Optional.of(
                    WORDS.fill(
                            "story.denied.hoursDates",
                            "units",
                            units,
                            "hours",
                            hours.get(),
                            "dates",
                            dates.get()));
        }
        if (hours.isPresent()) {
            return Optional.of(
                    WORDS.fill("story.denied.hours", "units", units, "hours", hours.get()));
        }
        if (dates.isPresent()) {
            return Optional.of(
                    WORDS.fill("story.denied.dates", "units", units, "dates", dates.get()));
        }
        return Optional.of(WORDS.fill("story.denied", "units", units));
    }

    /** Where the patient stands: the first sentence of the clinical summary. */
    String standing(Optional<Integer> age) {
        if (voice.signer() == Signer.PATIENT) {
            return ownStanding();
        }
        String name = c.patient().name();
        String care = Words.shortCare(d.levelOfCare());
        String program = voice.program(care);
        return switch (d.denialType()) {
            case PRE_SERVICE ->
                    age.isPresent()
                            ? WORDS.fill(
                                    "story.standing.preService.aged",
                                    "patient",
                                    name,
                                    "program",
                                    program,
                                    "age",
                                    age.get())
                            : WORDS.fill(
                                    "story.standing.preService",
                                    "patient",
                                    name,
                                    "program",
                                    program);
            case CONCURRENT -> {
                Optional<String> since = firstDayOfCare().map(Words::date);
                if (age.isPresent() && since.isPresent()) {
                    yield WORDS.fill(
                            "story.standing.concurrent.agedSince",
                            "patient",
                            name,
                            "age",
                            age.get(),
                            "program",
                            program,
                            "date",
                            since.get());
                }
                if (age.isPresent()) {
                    yield WORDS.fill(
                            "story.standing.concurrent.aged",
                            "patient",
                            name,
                            "age",
                            age.get(),
                            "program",
                            program);
                }
                if (since.isPresent()) {
                    yield WORDS.fill(
                            "story.standing.concurrent.since",
                            "patient",
                            name,
                            "program",
                            program,
                            "date",
                            since.get());
                }
                yield WORDS.fill("story.standing.concurrent", "patient", name, "program", program);
            }
            case POST_SERVICE -> {
                Optional<String> dates = serviceDates();
                String payer = payer();
                if (age.isPresent() && dates.isPresent()) {
                    yield WORDS.fill(
                            "story.standing.postService.agedDates",
                            "patient",
                            name,
                            "age",
                            age.get(),
                            "care",
                            care,
                            "dates",
                            dates.get(),
                            "payer",
                            payer);
                }
                if (age.isPresent()) {
                    yield WORDS.fill(
                            "story.standing.postService.aged",
                            "patient",
                            name,
                            "age",
                            age.get(),
                            "care",
                            care,
                            "payer",
                            payer);
                }
                if (dates.isPresent()) {
                    yield WORDS.fill(
                            "story.standing.postService.dates",
                            "patient",
                            name,
                            "care",
                            care,
                            "dates",
                            dates.get(),
                            "payer",
                            payer);
                }
                yield WORDS.fill(
                        "story.standing.postService",
                        "patient",
                        name,
                        "care",
                        care,
                        "payer",
                        payer);
            }
        };
    }

    /** The patient's own words for where they stand. */
    private String ownStanding() {
        String care = Words.shortCare(d.levelOfCare());
        return switch (d.denialType()) {
            case PRE_SERVICE -> WORDS.fill("story.ownStanding.preService", "care", care);
            case CONCURRENT ->
                    firstDayOfCare()
                            .map(
                                    f ->
                                            WORDS.fill(
                                                    "story.ownStanding.concurrent.since",
                                                    "care",
                                                    care,
                                                    "date",
                                                    Words.date(f)))
                            .orElseGet(
                                    () -> WORDS.fill("story.ownStanding.concurrent", "care", care));
            case POST_SERVICE ->
                    serviceDates()
                            .map(
                                    s ->
                                            WORDS.fill(
                                                    "story.ownStanding.postService.dates",
                                                    "care",
                                                    care,
                                                    "dates",
                                                    s,
                                                    "payer",
                                                    payer()))
                            .orElseGet(
                                    () ->
                                            WORDS.fill(
                                                    "story.ownStanding.postService",
                                                    "care",
                                                    care,
                                                    "payer",
                                                    payer()));
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
                WORDS.fill(
                        "story.authorized",
                        "payer",
                        Character.toUpperCase(who.charAt(0)) + who.substring(1),
                        "from",
                        Words.date(first),
                        "to",
                        Words.date(last)));
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
            case POST_SERVICE -> {
                Optional<String> dates = serviceDates();
                String claim = d.claimNumber();
                if (!claim.isEmpty() && dates.isPresent()) {
                    yield WORDS.fill(
                            "story.ask.postService.claimDates",
                            "claimNumber",
                            claim,
                            "care",
                            shortCare,
                            "dates",
                            dates.get());
                }
                if (!claim.isEmpty()) {
                    yield WORDS.fill(
                            "story.ask.postService.claim", "claimNumber", claim, "care", shortCare);
                }
                if (dates.isPresent()) {
                    yield WORDS.fill(
                            "story.ask.postService.dates", "care", shortCare, "dates", dates.get());
                }
                yield WORDS.fill("story.ask.postService", "care", shortCare);
            }
            case CONCURRENT -> WORDS.fill("story.ask.concurrent", "amount", amount(shortCare));
            case PRE_SERVICE -> WORDS.fill("story.ask.preService", "amount", amount(shortCare));
        };
    }

    private String amount(String shortCare) {
        // The optional parts carry their own separators: see story.amount in the wording file.
        String perWeek =
                d.hoursPerWeekRequested()
                        .filter(x -> x.signum() > 0)
                        .map(x -> " " + WORDS.fill("story.amount.perWeek", "hours", Words.hours(x)))
                        .orElse("");
        String from =
                d.startDateRequested()
                        .map(s -> ", " + WORDS.fill("story.amount.from", "date", Words.date(s)))
                        .orElse("");
        String through =
                d.endDateRequested()
                        .map(s -> " " + WORDS.fill("story.amount.through", "date", Words.date(s)))
                        .orElse("");
        Optional<Integer> n = d.unitsDenied().or(d::unitsRequested);
        if (n.isPresent()) {
            return WORDS.fill(
                    "story.amount.units",
                    "care",
                    shortCare,
                    "units",
                    Words.units(n.get(), d.unitKind()),
                    "perWeek",
                    perWeek,
                    "from",
                    from,
                    "through",
                    through);
        }
        return WORDS.fill(
                "story.amount",
                "care",
                shortCare,
                "perWeek",
                perWeek,
                "from",
                from,
                "through",
                through);
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
                ? WORDS.fill("story.ifStops", "care", care)
                : WORDS.fill("story.without", "care", care);
    }
}
