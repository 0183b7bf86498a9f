package org.overturn.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.audit.AuditEntry;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.SqliteAuditLog;

/**
 * Records each time health information leaves the database (Help → Activity shows the lines). A
 * line that can't be stored never undoes the file already written: the caller is told (false) and
 * says so; the failure is logged.
 */
public final class AuditTrail {

    private static final System.Logger LOG = System.getLogger(AuditTrail.class.getName());

    private final SqliteAuditLog log;
    private final Clock clock;
    private final String osUser;

    public AuditTrail(SqliteAuditLog log, Clock clock) {
        this(log, clock, System.getProperty("user.name", ""));
    }

    AuditTrail(SqliteAuditLog log, Clock clock, String osUser) {
        this.log = log;
        this.clock = clock;
        this.osUser = osUser == null || osUser.isBlank() ? "(unknown)" : osUser.strip();
    }

    /** A file about one case was written (or printed from): logs it with the file's SHA-256. */
    public boolean fileWritten(AuditAction action, long caseId, Path file) {
        return append(action, OptionalLong.of(caseId), Optional.of(file));
    }

    /**
     * A file about the whole database (a backup) was written, or the database was replaced from one
     * (a restore).
     */
    public boolean databaseFile(AuditAction action, Path file) {
        return append(action, OptionalLong.empty(), Optional.of(file));
    }

    /**
     * The database was replaced from a backup; {@code sha256} is the fingerprint of the database
     * put in place (the restored copy, read before it went in), logged into the database as it now
     * is.
     */
    public boolean restored(String sha256) {
        try {
            log.append(
                    AuditEntry.of(
                            clock.instant(),
                            osUser,
                            AuditAction.RESTORED,
                            OptionalLong.empty(),
                            Optional.of(sha256)));
            return true;
        } catch (DatabaseException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Could not add the restore to the activity log",
                    e);
            return false;
        }
    }

    /** Something about one case happened with no file of ours to fingerprint. */
    public boolean happened(AuditAction action, long caseId) {
        return append(action, OptionalLong.of(caseId), Optional.empty());
    }

    /** The newest lines first. */
    public List<AuditEntry> recent(int limit) {
        return log.recent(limit);
    }

    private boolean append(AuditAction action, OptionalLong caseId, Optional<Path> file) {
        try {
            Optional<String> sha =
                    file.isPresent() ? Optional.of(sha256(file.get())) : Optional.empty();
            log.append(AuditEntry.of(clock.instant(), osUser, action, caseId, sha));
            return true;
        } catch (IOException | DatabaseException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Could not add to the activity log: " + action.code(),
                    e);
            return false;
        }
    }

    /** The SHA-256 of a file, read in one pass, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
