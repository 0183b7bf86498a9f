package org.overturn.domain.readiness;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;

/**
 * One thing the readiness check found, for the clinician only: a blocking problem refuses the
 * export, a warning is listed and lets it go ahead. {@code fix} names where the clinician fixes it,
 * so a screen can take them there.
 */
public record Problem(Severity severity, @ClinicianOnly String message, FixPlace fix) {

    public Problem {
        if (severity == null || fix == null) {
            throw new IllegalArgumentException(
                    "a problem needs its severity and where it is fixed");
        }
        message = Text.require(message, "problem message");
    }

    public static Problem blocking(String message, FixPlace fix) {
        return new Problem(Severity.BLOCKING, message, fix);
    }

    public static Problem warning(String message, FixPlace fix) {
        return new Problem(Severity.WARNING, message, fix);
    }

    public boolean blocks() {
        return severity == Severity.BLOCKING;
    }

    /** "blocking: no signer: …", as the command line prints it. */
    public String line() {
        return severity.id() + ": " + message;
    }

    public enum Severity {
        BLOCKING("blocking"),
        WARNING("warning");

        private final String id;

        Severity(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Where in the app the clinician fixes the problem: a workspace section, or Settings. */
    public enum FixPlace {
        LETTERS_SIGNER,
        LETTERS_VARIANT,
        LETTERS_STALE,
        LETTERS_CONSENT,
        LETTERS_ENCLOSURES,
        PRACTICE_PROFILE,
        PATIENT_PLAN,
        DENIAL,
        CLINICAL_PICTURE,
        SCORING,
        REBUTTAL
    }
}
