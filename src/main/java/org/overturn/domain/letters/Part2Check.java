package org.overturn.domain.letters;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Part2Consent;
import org.overturn.domain.wording.Wording;

/**
 * 42 CFR Part 2: a substance-use case's packet discloses protected records, so it may go only to a
 * recipient, for a purpose and on a day that a recorded patient consent covers. The check names
 * what is missing instead of a bare no.
 */
public final class Part2Check {

    /** The library entry for the notice against redisclosure that must travel with the records. */
    public static final String NOTICE_CITATION = "part2-redisclosure-notice";

    /** What the check tells the clinician; never sent to the plan. */
    private static final Wording NOTES = Wording.of("letter-law-notes");

    private Part2Check() {}

    /**
     * The outcome: whether the case is protected, the consent that covers this disclosure, or why
     * none does.
     */
    public record Result(
            boolean protectedRecords,
            Optional<Part2Consent> consent,
            @ClinicianOnly List<String> problems) {
        public Result {
            consent = consent == null ? Optional.empty() : consent;
            problems = List.copyOf(problems);
        }

        public boolean allowed() {
            return !protectedRecords || consent.isPresent();
        }

        /** One line saying what is missing, for the command line and the export button. */
        @ClinicianOnly
        public String explanation() {
            return problems.isEmpty()
                    ? ""
                    : NOTES.fill("part2.explanation", "problems", String.join("; ", problems));
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
            return new Result(true, Optional.empty(), List.of(NOTES.text("part2.noConsent")));
        }
        if (recipient == null || recipient.isBlank()) {
            return new Result(true, Optional.empty(), List.of(NOTES.text("part2.noRecipient")));
        }
        List<String> why = new ArrayList<>();
        for (Part2Consent k : consents) {
            Optional<String> problem = problem(k, recipient, on);
            if (problem.isEmpty()) {
                return new Result(true, Optional.of(k), List.of());
            }
            why.add(
                    NOTES.fill(
                            "part2.consent", "signedOn", k.signedOn(), "problem", problem.get()));
        }
        return new Result(true, Optional.empty(), why);
    }

    static Optional<String> problem(Part2Consent k, String recipient, LocalDate on) {
        if (!names(k.recipient(), recipient)) {
            return Optional.of(
                    NOTES.fill(
                            "part2.consent.otherRecipient",
                            "named",
                            k.recipient(),
                            "recipient",
                            recipient.strip()));
        }
        if (!k.purpose().coversAppeal()) {
            String purpose =
                    k.purposeDetail().isEmpty()
                            ? k.purpose().label().toLowerCase(Locale.ROOT)
                            : k.purposeDetail();
            return Optional.of(NOTES.fill("part2.consent.otherPurpose", "purpose", purpose));
        }
        if (k.signedOn().isAfter(on)) {
            return Optional.of(NOTES.fill("part2.consent.signedLater", "today", on));
        }
        if (k.revokedOn().isPresent() && !k.revokedOn().get().isAfter(on)) {
            return Optional.of(NOTES.fill("part2.consent.revoked", "date", k.revokedOn().get()));
        }
        if (k.expiresOn().isPresent() && k.expiresOn().get().isBefore(on)) {
            return Optional.of(NOTES.fill("part2.consent.expired", "date", k.expiresOn().get()));
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
