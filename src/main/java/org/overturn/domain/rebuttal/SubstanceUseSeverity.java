package org.overturn.domain.rebuttal;

import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.wording.Wording;

/**
 * DSM-5 severity for substance use disorders follows from how many of the 11 criteria are met; and
 * the ICD-10-CM code's fourth character should agree with it (mild = F1x.1x, moderate or severe =
 * F1x.2x).
 */
public final class SubstanceUseSeverity {

    private static final Wording NOTES = Wording.of("rebuttal-notes");

    public static final int CRITERIA_COUNT = 11;

    private SubstanceUseSeverity() {}

    /** Substance-related codes are F10–F19; testing "F" alone would catch every mental disorder. */
    public static boolean isSubstanceUseCode(String icd10Code) {
        return icd10Code != null && icd10Code.strip().toUpperCase(Locale.ROOT).startsWith("F1");
    }

    /**
     * Empty when fewer than 2 criteria are met: then there is no substance use disorder to
     * diagnose.
     */
    public static Optional<DsmSeverity> fromCriteriaMet(int criteriaMet) {
        if (criteriaMet < 0 || criteriaMet > CRITERIA_COUNT) {
            throw new IllegalArgumentException(
                    "criteria met must be between 0 and "
                            + CRITERIA_COUNT
                            + ", not "
                            + criteriaMet);
        }
        if (criteriaMet < 2) {
            return Optional.empty();
        }
        return Optional.of(
                criteriaMet <= 3
                        ? DsmSeverity.MILD
                        : criteriaMet <= 5 ? DsmSeverity.MODERATE : DsmSeverity.SEVERE);
    }

    /**
     * A warning when the code's fourth character disagrees with the severity (a reviewer notices
     * that), or empty. Only F1x.1x and F1x.2x carry severity; other codes (e.g. F1x.9x) are not
     * checked. The warning is for the clinician, in the wording file {@code rebuttal-notes}.
     */
    @ClinicianOnly
    public static Optional<String> codeConflict(Diagnosis d) {
        if (!isSubstanceUseCode(d.code()) || d.severity().isEmpty() || d.code().length() < 5) {
            return Optional.empty();
        }
        char fourth = d.code().charAt(4);
        DsmSeverity s = d.severity().get();
        if (fourth == '1' && s != DsmSeverity.MILD) {
            return Optional.of(
                    NOTES.fill(
                            "conflict.mildCode",
                            "code",
                            d.code(),
                            "severity",
                            s.label().toLowerCase()));
        }
        if (fourth == '2' && s == DsmSeverity.MILD) {
            return Optional.of(NOTES.fill("conflict.moderateOrSevereCode", "code", d.code()));
        }
        return Optional.empty();
    }
}
