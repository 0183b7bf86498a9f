package org.overturn.domain.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What must travel with substance use disorder records disclosed with the patient's written consent
 * (42 CFR 2.32, as amended by 89 FR 12472, Feb. 16, 2024): one of the two statements the regulation
 * prescribes, in its own words (regulation text is public domain and must not be paraphrased here),
 * and a copy of the consent or a clear explanation of its scope.
 */
public final class Part2Notice {

    /** 42 CFR 2.32(a)(1), Statement 1, word for word; its list items are on lines of their own. */
    public static final String STATEMENT_1 =
            "This record which has been disclosed to you is protected by Federal "
                    + "confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or "
                    + "testimony that describes the information contained in this record, in any civil, criminal, "
                    + "administrative, or legislative proceedings by any Federal, State, or local authority, against the "
                    + "patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as "
                    + "authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit "
                    + "you from making any other use or disclosure of this record unless at least one of the following "
                    + "applies:\n"
                    + "(i) Further use or disclosure is expressly permitted by the written consent of the individual whose "
                    + "information is being disclosed in this record or as otherwise permitted by 42 CFR part 2.\n"
                    + "(ii) You are a covered entity or business associate and have received the record for treatment, "
                    + "payment, or health care operations, or\n"
                    + "(iii) You have received the record from a covered entity or business associate as permitted by 45 CFR "
                    + "part 164, subparts A and E.\n"
                    + "A general authorization for the release of medical or other information is NOT sufficient to meet the "
                    + "required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).";

    /** 42 CFR 2.32(a)(2), Statement 2, word for word. */
    public static final String STATEMENT_2 =
            "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

    /**
     * A consent written with "how much and what kind of information" is not recorded by the app (no
     * such field).
     */
    public static final String INFORMATION_NOT_RECORDED =
            "As described on the patient's signed consent form; this "
                    + "summary does not record it.";

    /** What 42 CFR 2.31(a)(6) requires every consent to tell the patient. */
    public static final String RIGHT_TO_REVOKE =
            "The patient may revoke this consent in writing at any time, except "
                    + "to the extent it has already been acted on.";

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
        rows.add(new Row("Patient", patient));
        rows.add(new Row("Disclosed to", k.recipient()));
        rows.add(
                new Row(
                        "Purpose",
                        k.purpose().label()
                                + (k.purposeDetail().isEmpty() ? "" : ": " + k.purposeDetail())));
        rows.add(
                new Row(
                        "Information",
                        k.information().isEmpty() ? INFORMATION_NOT_RECORDED : k.information()));
        k.expiresOn().ifPresent(d -> rows.add(new Row("Expires on", date.apply(d))));
        if (!k.expiryEvent().isEmpty()) {
            rows.add(new Row("Expires at", k.expiryEvent()));
        }
        rows.add(
                new Row(
                        "Signed",
                        date.apply(k.signedOn())
                                + (k.signedBy().isEmpty()
                                        ? "; the signer's name is not recorded"
                                        : " by " + k.signedBy())));
        rows.add(new Row("Right to revoke", RIGHT_TO_REVOKE));
        rows.add(
                new Row(
                        "Revocation",
                        k.revokedOn()
                                .map(d -> "Revoked on " + date.apply(d))
                                .orElse("Not revoked as of " + date.apply(on))));
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
