package org.overturn.domain.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.overturn.domain.wording.Wording;

/**
 * What must travel with substance use disorder records disclosed with the patient's written consent
 * (42 CFR 2.32, as amended by 89 FR 12472, Feb. 16, 2024): one of the two statements the regulation
 * prescribes, in its own words (regulation text is public domain and must not be paraphrased: it is
 * kept word for word in the wording file {@code packet}, under {@code part2.}), and a copy of the
 * consent or a clear explanation of its scope.
 */
public final class Part2Notice {

    private static final Wording WORDS = Wording.of("packet");

    /**
     * 42 CFR 2.32(a)(1), Statement 1, word for word (wording file {@code packet}, {@code
     * part2.statement1}); its list items are on lines of their own.
     */
    public static final String STATEMENT_1 = WORDS.text("part2.statement1");

    /** 42 CFR 2.32(a)(2), Statement 2, word for word. */
    public static final String STATEMENT_2 = WORDS.text("part2.statement2");

    /**
     * A consent written with "how much and what kind of information" is not recorded by the app (no
     * such field).
     */
    public static final String INFORMATION_NOT_RECORDED =
            WORDS.text("part2.scope.information.notRecorded");

    /** What 42 CFR 2.31(a)(6) requires every consent to tell the patient. */
    public static final String RIGHT_TO_REVOKE = WORDS.text("part2.scope.rightToRevoke.text");

    private Part2Notice() {}

    /** One line of the consent's scope. */
    public record Row(String label, String value) {}

    /**
     * The consent's scope (42 CFR 2.32(b)) from what the case records: patient, recipient, purpose,
     * information, expiry, signature, the right to revoke and whether it has been revoked.
     *
     * @param date how dates are written on the page
     * @param on the day of the disclosure, for the revocation status
     */
    public static List<Row> scope(
            String patient, Part2Consent k, Function<LocalDate, String> date, LocalDate on) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(WORDS.text("part2.scope.patient"), patient));
        rows.add(new Row(WORDS.text("part2.scope.recipient"), k.recipient()));
        rows.add(
                new Row(
                        WORDS.text("part2.scope.purpose"),
                        k.purposeDetail().isEmpty()
                                ? k.purpose().label()
                                : WORDS.fill(
                                        "part2.scope.purpose.detail",
                                        "purpose",
                                        k.purpose().label(),
                                        "detail",
                                        k.purposeDetail())));
        rows.add(
                new Row(
                        WORDS.text("part2.scope.information"),
                        k.information().isEmpty() ? INFORMATION_NOT_RECORDED : k.information()));
        k.expiresOn()
                .ifPresent(
                        d -> rows.add(new Row(WORDS.text("part2.scope.expiresOn"), date.apply(d))));
        if (!k.expiryEvent().isEmpty()) {
            rows.add(new Row(WORDS.text("part2.scope.expiresAt"), k.expiryEvent()));
        }
        rows.add(
                new Row(
                        WORDS.text("part2.scope.signed"),
                        k.signedBy().isEmpty()
                                ? WORDS.fill(
                                        "part2.scope.signed.unnamed",
                                        "date",
                                        date.apply(k.signedOn()))
                                : WORDS.fill(
                                        "part2.scope.signed.by",
                                        "date",
                                        date.apply(k.signedOn()),
                                        "signer",
                                        k.signedBy())));
        rows.add(new Row(WORDS.text("part2.scope.rightToRevoke"), RIGHT_TO_REVOKE));
        rows.add(
                new Row(
                        WORDS.text("part2.scope.revocation"),
                        k.revokedOn()
                                .map(d -> WORDS.fill("part2.scope.revoked", "date", date.apply(d)))
                                .orElse(
                                        WORDS.fill(
                                                "part2.scope.notRevoked",
                                                "date",
                                                date.apply(on)))));
        return rows;
    }

    /** The scope as one paragraph, for a sheet with no room for a table. */
    public static String scopeSentence(
            String patient, Part2Consent k, Function<LocalDate, String> date, LocalDate on) {
        StringBuilder sb = new StringBuilder();
        for (Row r : scope(patient, k, date, on)) {
            sb.append(sb.length() == 0 ? "" : " ").append(r.label()).append(": ").append(r.value());
            if (!r.value().endsWith(".")) {
                sb.append('.');
            }
        }
        return sb.toString();
    }
}
