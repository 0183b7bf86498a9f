package org.overturn.domain.rebuttal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.overturn.domain.cases.Text;

/**
 * One diagnosis in the clinical picture.
 *
 * @param code ICD-10-CM code, checked by shape only (the app ships no code list); "F1120" is read
 *     as "F11.20"
 * @param severity the DSM-5 severity specifier; for substance use with a criteria count it follows
 *     from the count
 * @param criteriaMet for substance use (F1x codes): how many of the 11 DSM-5 criteria are met
 * @param specifier other specifiers in the clinician's words ("in early remission", "with anxious
 *     distress")
 */
public record Diagnosis(
        String code,
        String name,
        Optional<DsmSeverity> severity,
        Optional<Integer> criteriaMet,
        String specifier) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    public Diagnosis {
        code = normaliseCode(code);
        name = Text.clean(name);
        severity = Text.opt(severity);
        criteriaMet = Text.opt(criteriaMet);
        specifier = Text.clean(specifier);
        if (criteriaMet.isPresent()) {
            if (!SubstanceUseSeverity.isSubstanceUseCode(code)) {
                throw new IllegalArgumentException(
                        "a criteria count sets severity only for substance use codes (F10–F19), not "
                                + code);
            }
            int n = criteriaMet.get();
            Optional<DsmSeverity> derived = SubstanceUseSeverity.fromCriteriaMet(n);
            if (derived.isEmpty()) {
                throw new IllegalArgumentException(
                        n
                                + " of 11 criteria met: at least 2 are needed for a substance use disorder diagnosis");
            }
            if (severity.isPresent() && severity.get() != derived.get()) {
                throw new IllegalArgumentException(
                        n
                                + " criteria met means "
                                + derived.get().label().toLowerCase()
                                + ", not "
                                + severity.get().label().toLowerCase());
            }
            severity = derived;
        }
    }

    public static Diagnosis of(String code, String name) {
        return new Diagnosis(code, name, Optional.empty(), Optional.empty(), "");
    }

    /** A substance use diagnosis whose severity follows from the criteria count. */
    public static Diagnosis substanceUse(String code, String name, int criteriaMet) {
        return new Diagnosis(code, name, Optional.empty(), Optional.of(criteriaMet), "");
    }

    static String normaliseCode(String raw) {
        String c = Text.require(raw, "diagnosis code").toUpperCase(Locale.ROOT).replace(" ", "");
        if (c.length() > 3 && c.indexOf('.') < 0) {
            c = c.substring(0, 3) + "." + c.substring(3);
        }
        if (!SHAPE.matcher(c).matches()) {
            throw new IllegalArgumentException(
                    "'"
                            + raw.strip()
                            + "' is not shaped like an ICD-10-CM code (e.g. F33.1, F11.20)");
        }
        return c;
    }
}
