package org.overturn.persistence;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A write-ahead log beside the database that belongs to another database. SQLite can't tell: a log
 * carries no mark of the file it belongs to, so it would lay the other database's pages over this
 * one, show that mixture, and write it into the file at the next checkpoint. Each Overturn database
 * therefore carries a random identity in its header's application id ({@link #stamp}); when the log
 * holds a committed copy of the first page whose identity differs from the file's, the log is not
 * this database's.
 *
 * <p>A log from an older state of this same database (a file restored by hand beside a log left by
 * a crash) carries the same identity and is not caught here; the app's own restore moves the log
 * aside.
 */
final class ForeignLog {

    private static final int WAL_HEADER = 32;
    private static final int FRAME_HEADER = 24;
    private static final int APPLICATION_ID_AT = 68;

    private ForeignLog() {}

    /**
     * Why the log beside {@code db} is not its own, or empty when it is, or when there is nothing
     * to compare.
     */
    static Optional<String> problem(Path db) throws IOException {
        try {
            return check(db);
        } catch (NoSuchFileException gone) {
            // Another process closed the database and SQLite removed its log between the look and
            // the read: there is
            // no log to lay over this database.
            return Optional.empty();
        }
    }

    private static Optional<String> check(Path db) throws IOException {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        if (!Files.isRegularFile(wal)
                || Files.size(wal) < WAL_HEADER
                || !Files.isRegularFile(db)
                || Files.size(db) < 100) {
            return Optional.empty();
        }
        int identity;
        try (InputStream in = Files.newInputStream(db)) {
            identity = ByteBuffer.wrap(in.readNBytes(100)).getInt(APPLICATION_ID_AT);
        }
        if (identity == 0) {
            return Optional.empty();
        }
        Optional<Integer> logged = committedIdentity(wal);
        if (logged.isPresent() && logged.get() != identity) {
            return Optional.of(
                    "the write-ahead log beside it ("
                            + wal.getFileName()
                            + ") belongs to another "
                            + "database; move that file out of the folder and try again");
        }
        return Optional.empty();
    }

    /**
     * The identity in the last committed copy of page 1 the log holds, as SQLite would read the
     * log.
     */
    private static Optional<Integer> committedIdentity(Path wal) throws IOException {
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(wal), 1 << 16))) {
            byte[] header = in.readNBytes(WAL_HEADER);
            ByteBuffer h = ByteBuffer.wrap(header);
            int magic = h.getInt(0);
            if (magic != 0x377f0682 && magic != 0x377f0683) {
                return Optional.empty();
            }
            boolean bigEndian = (magic & 1) == 1;
            int pageSize = h.getInt(8);
            if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
                return Optional.empty();
            }
            int salt1 = h.getInt(16);
            int salt2 = h.getInt(20);
            int[] sum = checksum(header, 0, 24, 0, 0, bigEndian);
            if (sum[0] != h.getInt(24) || sum[1] != h.getInt(28)) {
                return Optional.empty();
            }
            Optional<Integer> pending = Optional.empty();
            Optional<Integer> committed = Optional.empty();
            byte[] frame = new byte[FRAME_HEADER + pageSize];
            while (in.readNBytes(frame, 0, frame.length) == frame.length) {
                ByteBuffer f = ByteBuffer.wrap(frame);
                if (f.getInt(8) != salt1 || f.getInt(12) != salt2) {
                    break;
                }
                sum = checksum(frame, 0, 8, sum[0], sum[1], bigEndian);
                sum = checksum(frame, FRAME_HEADER, pageSize, sum[0], sum[1], bigEndian);
                if (sum[0] != f.getInt(16) || sum[1] != f.getInt(20)) {
                    break;
                }
                if (f.getInt(0) == 1) {
                    pending = Optional.of(f.getInt(FRAME_HEADER + APPLICATION_ID_AT));
                }
                if (f.getInt(4) != 0 && pending.isPresent()) {
                    committed = pending;
                }
            }
            return committed;
        }
    }

    /**
     * SQLite's log checksum: two running sums over 32-bit words, in the byte order the log's magic
     * names.
     */
    private static int[] checksum(
            byte[] b, int from, int length, int s0, int s1, boolean bigEndian) {
        ByteBuffer buf =
                ByteBuffer.wrap(b, from, length)
                        .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < length; i += 8) {
            s0 += buf.getInt(from + i) + s1;
            s1 += buf.getInt(from + i + 4) + s0;
        }
        return new int[] {s0, s1};
    }

    /**
     * Gives a database with no identity yet a random one (never 0); a database that can't be
     * written keeps none.
     */
    static void stamp(Database db) {
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            int current;
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                current = rs.next() ? rs.getInt(1) : 0;
            }
            if (current == 0) {
                int id = 0;
                SecureRandom random = new SecureRandom();
                while (id == 0) {
                    id = random.nextInt();
                }
                st.execute("PRAGMA application_id = " + id);
            }
        } catch (SQLException e) {
            System.getLogger(ForeignLog.class.getName())
                    .log(
                            System.Logger.Level.DEBUG,
                            "No identity stamped on {0}: {1}",
                            db.file(),
                            e.getMessage());
        }
    }
}
