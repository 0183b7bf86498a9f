package org.overturn.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.overturn.domain.security.Passwords;
import org.overturn.files.DurableFiles;
import org.overturn.files.OwnerOnly;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Backups to take away: a consistent copy of the database (SQLite's online backup, after its
 * integrity check), encrypted with {@link BackupCipher} into a file written whole or not at all and
 * readable by its owner alone; and the way back, which decrypts into the data folder and checks the
 * whole copy before anything is replaced. The plain copy made on the way out lives in the
 * owner-only backups folder and is deleted once encrypted; it never goes beside the target, which
 * may be a USB stick or a synchronised folder.
 */
public final class EncryptedBackups {

    /** The shortest password a new backup (or protected packet) takes, in characters. */
    public static final int MIN_PASSWORD_LENGTH = Passwords.MIN_LENGTH;

    private static final byte[] SQLITE_MAGIC =
            "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String RESTORING_PREFIX = "overturn.db.restoring-";

    private final BackupService backups;

    /** What a backup wrote. */
    public record Written(Path file, int cases, long bytes) {}

    public EncryptedBackups(BackupService backups) {
        this.backups = backups;
    }

    /**
     * Why a password can't protect a new backup or packet, or empty when it can (the rule: {@code
     * Passwords}).
     */
    public static Optional<String> passwordProblem(String password) {
        return Passwords.problem(password);
    }

    /**
     * Why a backup can't be written to the target, in one line, or empty when it can: the database
     * itself and its side files are never a target, nor is a folder, a link, a device or a pipe.
     */
    public static Optional<String> targetProblem(Path target, Path databaseFile) {
        Path t = target.toAbsolutePath().normalize();
        Path db = databaseFile.toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock", ".inuse"}) {
            Path own = db.resolveSibling(db.getFileName() + suffix);
            if (t.equals(own) || sameFile(t, own)) {
                return Optional.of("it is Overturn's own database");
            }
        }
        return DurableFiles.problem(t);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes an encrypted backup of the database to {@code target}, replacing a file that is there.
     *
     * @param progress told the fraction done, from any thread
     * @throws BackupRefusedException when the password, the target or the database is refused;
     *     nothing is written
     * @throws DatabaseException when the disk fails; nothing is left at the target but what was
     *     there before
     */
    public Written write(Database db, Path target, String password, DoubleConsumer progress) {
        passwordProblem(password)
                .ifPresent(
                        p -> {
                            throw new BackupRefusedException(p);
                        });
        targetProblem(target, db.file())
                .ifPresent(
                        p -> {
                            throw new BackupRefusedException("cannot write " + target + ": " + p);
                        });
        progress.accept(0.02);
        Path plain = backups.snapshot(db, () -> CaseDocuments.firstUnreadable(db));
        try {
            progress.accept(0.25);
            int cases = countCases(plain);
            long size = Files.size(plain);
            try (InputStream in =
                    new Counting(
                            Files.newInputStream(plain),
                            size,
                            f -> progress.accept(0.25 + 0.75 * f))) {
                DurableFiles.write(target, true, out -> BackupCipher.encrypt(in, out, password));
            }
            progress.accept(1.0);
            return new Written(target.toAbsolutePath(), cases, Files.size(target));
        } catch (IOException e) {
            throw new DatabaseException(
                    "Could not write the backup to " + target + ": " + e.getMessage(), e);
        } finally {
            VerifiedCopy.delete(plain);
        }
    }

    private static int countCases(Path plain) throws IOException {
        try (Connection c = plainConnection(plain);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM case_file")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new IOException("the copy could not be read back: " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts a backup (or copies a plain one, such as a daily backup, when it is not encrypted)
     * into {@code workFolder} and checks it in full: SQLite's integrity check, an Overturn database
     * no newer than this version, every case document readable. Nothing outside the returned copy
     * is touched.
     *
     * @param password the backup's password; a plain backup needs none
     * @throws BackupRefusedException when the file is missing, not a backup, the password is wrong,
     *     the file is damaged, or the copy fails a check; nothing is left in the folder
     */
    public VerifiedCopy verify(
            Path from, Optional<String> password, Path workFolder, DoubleConsumer progress) {
        boolean encrypted = readable(from);
        if (encrypted && password.map(String::isEmpty).orElse(true)) {
            throw new BackupRefusedException("the backup is encrypted: give its password");
        }
        Path tmp = null;
        boolean verified = false;
        try {
            removeStaleCopies(workFolder);
            // Created 0600 where permissions are POSIX; owner-only access list elsewhere.
            tmp = Files.createTempFile(workFolder, RESTORING_PREFIX, ".part");
            OwnerOnly.restrict(tmp);
            long size = Files.size(from);
            try (InputStream in =
                            new Counting(
                                    Files.newInputStream(from),
                                    size,
                                    f -> progress.accept(0.7 * f));
                    OutputStream out =
                            Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
                if (encrypted) {
                    BackupCipher.decrypt(in, out, password.orElseThrow());
                } else {
                    in.transferTo(out);
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            progress.accept(0.75);
            VerifiedCopy copy = check(tmp);
            progress.accept(1.0);
            verified = true;
            return copy;
        } catch (IOException e) {
            throw new DatabaseException(
                    "Could not read "
                            + from
                            + " into "
                            + workFolder
                            + ": "
                            + e.getMessage()
                            + "; nothing was replaced",
                    e);
        } finally {
            if (tmp != null && !verified) {
                VerifiedCopy.delete(tmp);
            }
        }
    }

    /**
     * Whether the file is an encrypted backup (which needs its password) rather than a plain one.
     *
     * @throws BackupRefusedException when it is missing, not a file, or no backup at all
     */
    public static boolean isEncrypted(Path file) {
        return readable(file);
    }

    /**
     * Whether the file is an encrypted backup; refused when it is missing, not a file, or no backup
     * at all.
     */
    private static boolean readable(Path from) {
        if (!Files.exists(from)) {
            throw new BackupRefusedException("no such file");
        }
        if (!Files.isRegularFile(from)) {
            throw new BackupRefusedException("it is not a regular file");
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(from)) {
            start = in.readNBytes(16);
        } catch (NoSuchFileException e) {
            throw new BackupRefusedException("no such file", e);
        } catch (IOException e) {
            throw new BackupRefusedException("it cannot be read (" + e.getMessage() + ")", e);
        }
        if (BackupCipher.isEncryptedBackup(start)) {
            return true;
        }
        if (isSqlite(start)) {
            return false;
        }
        throw new BackupRefusedException("not an Overturn backup");
    }

    private static boolean isSqlite(byte[] start) {
        return start.length >= SQLITE_MAGIC.length
                && Arrays.equals(
                        start, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length);
    }

    /**
     * The checks a copy passes before it may replace anything; the copy is left as one
     * self-contained file.
     */
    private static VerifiedCopy check(Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(copy)) {
            if (!isSqlite(in.readNBytes(16))) {
                throw new BackupRefusedException("not an Overturn backup: it holds no database");
            }
        }
        try (Connection c = plainConnection(copy);
                Statement st = c.createStatement()) {
            String integrity = single(st, "PRAGMA integrity_check");
            if (!"ok".equalsIgnoreCase(integrity)) {
                throw new BackupRefusedException(
                        "the database in the backup is damaged (SQLite's integrity check: "
                                + integrity.lines().findFirst().orElse("")
                                + ")");
            }
            int version = Integer.parseInt(single(st, "PRAGMA user_version"));
            if (version <= 0) {
                Optional<String> other = Database.otherTables(st);
                throw new BackupRefusedException(
                        other.isPresent()
                                ? "the backup holds a database that is not an Overturn database (tables "
                                        + other.get()
                                        + ")"
                                : "the backup holds no Overturn data");
            }
            int known = SchemaMigrator.builtInMigrations().size();
            if (version > known) {
                throw new BackupRefusedException(
                        "the backup was made by a newer version of Overturn (database "
                                + "version "
                                + version
                                + "; this one knows up to "
                                + known
                                + "); update Overturn to restore it");
            }
            int cases;
            try {
                cases = Integer.parseInt(single(st, "SELECT count(*) FROM case_file"));
            } catch (SQLException e) {
                throw new BackupRefusedException(
                        "the backup holds a database that is not an Overturn database "
                                + "(it has no cases table)",
                        e);
            }
            Optional<String> unreadable = CaseDocuments.firstUnreadable(c);
            if (unreadable.isPresent()) {
                throw new BackupRefusedException("in the backup, " + unreadable.get());
            }
            // One file, no write-ahead log beside it: what SQLite's backup API reads from.
            st.execute("PRAGMA journal_mode = DELETE");
            return new VerifiedCopy(copy, cases, version);
        } catch (SQLException e) {
            throw new BackupRefusedException(
                    "the database in the backup is damaged (" + e.getMessage() + ")", e);
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        }
    }

    /** A connection to a copy: no change of journal mode, foreign keys as the app has them. */
    private static Connection plainConnection(Path file) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(cfg);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds.getConnection();
    }

    /** Copies a restore left when it was killed (an hour gives a running one time). */
    private static void removeStaleCopies(Path folder) throws IOException {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, RESTORING_PREFIX + "*")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p).toMillis() < hourAgo) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Reports how much of a stream has been read. */
    private static final class Counting extends FilterInputStream {
        private final long size;
        private final DoubleConsumer progress;
        private long read;
        private long reported;

        Counting(InputStream in, long size, DoubleConsumer progress) {
            super(in);
            this.size = Math.max(1, size);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            read += n;
            if (read - reported >= (1 << 20) || read >= size) {
                reported = read;
                progress.accept(Math.min(1.0, (double) read / size));
            }
        }
    }
}
