package org.overturn.domain.letters;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Part2Consent;

/**
 * 42 CFR Part 2: a substance-use case's packet discloses protected records, so it may go only to a
 * recipient, for a purpose and on a day that a recorded patient consent covers. The check names
 * what is missing instead of a bare no.
 */
public final class Part2Check {

    /** The library entry for the notice against redisclosure that must travel with the records. */
    public static final String NOTICE_CITATION = "part2-redisclosure-notice";

    private Part2Check() {}

    /**
     * The outcome: whether the case is protected, the consent that covers this disclosure, or why
     * none does.
     */
    public record Result(
            boolean protectedRecords, Optional<Part2Consent> consent, List<String> problems) {
        public Result {
            consent = consent == null ? Optional.empty() : consent;
            problems = List.copyOf(problems);
        }

        public boolean allowed() {
            return !protectedRecords || consent.isPresent();
        }

        /** One line saying what is missing, for the command line and the export button. */
        public String explanation() {
            return problems.isEmpty() ? "" : "42 CFR Part 2: " + String.join("; ", problems);
        }
    }

    public static boolean protectedRecords(CaseFile c) {
        return c.denials().stream().anyMatch(d -> d.levelOfCare().involvesSubstanceUse());
    }

    /**
     * @param recipient to whom the packet goes (the letter's addressee, else the payer's name)
     */
    public static Result check(CaseFile c, String recipient, LocalDate on) {
        if (!protectedRecords(c)) {
            return new Result(false, Optional.empty(), List.of());
        }
        List<Part2Consent> consents = c.packet().consents();
        if (consents.isEmpty()) {
            return new Result(
                    true,
                    Optional.empty(),
                    List.of(
                            "this is a substance-use case and no patient consent "
                                    + "to disclose the records is recorded; record the signed consent (to whom, for what purpose, "
                                    + "until when, signed on) in Letters and packet"));
        }
        if (recipient == null || recipient.isBlank()) {
            return new Result(
                    true,
                    Optional.empty(),
                    List.of(
                            "the packet has no recipient to check the consent "
                                    + "against; choose the payer or enter the addressee"));
        }
        List<String> why = new ArrayList<>();
        for (Part2Consent k : consents) {
            Optional<String> problem = problem(k, recipient, on);
            if (problem.isEmpty()) {
                return new Result(true, Optional.of(k), List.of());
            }
            why.add("the consent signed " + k.signedOn() + " " + problem.get());
        }
        return new Result(true, Optional.empty(), why);
    }

    static Optional<String> problem(Part2Consent k, String recipient, LocalDate on) {
        if (!names(k.recipient(), recipient)) {
            return Optional.of("names " + k.recipient() + ", not " + recipient.strip());
        }
        if (!k.purpose().coversAppeal()) {
            return Optional.of(
                    "is for "
                            + (k.purposeDetail().isEmpty()
                                    ? k.purpose().label().toLowerCase(Locale.ROOT)
                                    : k.purposeDetail())
                            + ", which does not cover an appeal of a coverage decision");
        }
        if (k.signedOn().isAfter(on)) {
            return Optional.of("is dated after today (" + on + ")");
        }
        if (k.revokedOn().isPresent() && !k.revokedOn().get().isAfter(on)) {
            return Optional.of("was revoked on " + k.revokedOn().get());
        }
        if (k.expiresOn().isPresent() && k.expiresOn().get().isBefore(on)) {
            return Optional.of("expired on " + k.expiresOn().get());
        }
        return Optional.empty();
    }

    /**
     * Whether a consent's recipient names the packet's recipient: the same organization, allowing
     * for words such as "(sample)" or "Inc." around the name either way.
     */
    static boolean names(String consentRecipient, String recipient) {
        String a = key(consentRecipient);
        String b = key(recipient);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n =
                n.toLowerCase(Locale.ROOT)
                        .replaceAll("\\((sample|inc\\.?|llc)\\)", " ")
                        .replaceAll("\\b(inc|llc|the|corp|co)\\b\\.?", " ")
                        .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return n.strip();
    }
}
