package org.overturn.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One line of the activity log: when, which computer account, which case (if one), what, and the
 * SHA-256 of the file written (absent when nothing was written, e.g. a submission recorded without
 * the file sent). Holds no health information by construction: nothing here can carry a name, a
 * date of birth or a file name.
 *
 * @param action the stored code; {@link #known()} maps it to an {@link AuditAction} when this
 *     version knows it
 */
public record AuditEntry(
        long id,
        Instant at,
        String osUser,
        OptionalLong caseId,
        String action,
        Optional<String> sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(osUser, "osUser");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.isPresent() && !SHA256.matcher(sha256.get()).matches()) {
            throw new IllegalArgumentException("not a lower-case SHA-256: " + sha256.get());
        }
    }

    /** A new line, not yet stored (id 0). */
    public static AuditEntry of(
            Instant at,
            String osUser,
            AuditAction action,
            OptionalLong caseId,
            Optional<String> sha256) {
        if (action.aboutOneCase() && caseId.isEmpty()) {
            throw new IllegalArgumentException(action.code() + " names a case");
        }
        return new AuditEntry(0, at, osUser, caseId, action.code(), sha256);
    }

    public Optional<AuditAction> known() {
        return AuditAction.ofCode(action);
    }

    /** The action in words; a code written by a newer version is shown as stored. */
    public String label() {
        return known().map(AuditAction::label).orElse(action);
    }
}
