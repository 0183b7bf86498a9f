package org.overturn.reliability;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The ways a database file ends up damaged or wrong, each applied to a copy of a real data folder:
 * what a failing disk, a cut copy, a crash, another program or a mistaken hand leaves behind.
 */
final class DamageKinds {

    /**
     * How a kind changes the data folder {@code data} (holding a sound overturn.db); {@code spare}
     * is another one.
     */
    @FunctionalInterface
    interface Damage {
        void apply(Path data, Path spare) throws Exception;
    }

    /**
     * One kind; {@code crash} when it starts from the copy whose last import is still in the
     * write-ahead log.
     */
    record Kind(String name, boolean crash, Damage damage) {}

    static final String DB = "overturn.db";

    private DamageKinds() {}

    static List<Kind> all() {
        List<Kind> k = new ArrayList<>();
        k.add(new Kind("a 0-byte file", false, (d, s) -> Files.write(d.resolve(DB), new byte[0])));
        k.add(
                new Kind(
                        "someone else's SQLite database",
                        false,
                        (d, s) -> {
                            Files.delete(d.resolve(DB));
                            sql(
                                    d.resolve(DB),
                                    "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
                                    "INSERT INTO invoices (total) VALUES (12.5)");
                        }));
        k.add(
                new Kind(
                        "cut to half its size",
                        false,
                        (d, s) -> truncate(d.resolve(DB), Files.size(d.resolve(DB)) / 2)));
        k.add(
                new Kind(
                        "cut just after the first page",
                        false,
                        (d, s) -> truncate(d.resolve(DB), 4096 + 100)));
        k.add(
                new Kind(
                        "cut inside the header (60 bytes left)",
                        false,
                        (d, s) -> truncate(d.resolve(DB), 60)));
        k.add(
                new Kind(
                        "a page of zeros in the middle",
                        false,
                        (d, s) -> {
                            long pages = Files.size(d.resolve(DB)) / 4096;
                            write(d.resolve(DB), (pages / 2) * 4096, new byte[4096]);
                        }));
        k.add(
                new Kind(
                        "10 bytes flipped in a page of case records",
                        false,
                        (d, s) -> {
                            // In the page's header and cell pointers, where a failing disk breaks
                            // the structure SQLite checks.
                            int root =
                                    Integer.parseInt(
                                            query(
                                                    d.resolve(DB),
                                                    "SELECT rootpage FROM sqlite_master WHERE name = 'case_file'"));
                            flip(d.resolve(DB), (long) (root - 1) * 4096, 40, 10, 7);
                        }));
        k.add(
                new Kind(
                        "the header's magic words overwritten",
                        false,
                        (d, s) ->
                                write(
                                        d.resolve(DB),
                                        0,
                                        "NOT A DATABASE!\0"
                                                .getBytes(StandardCharsets.ISO_8859_1))));
        k.add(
                new Kind(
                        "a nonsense page size in the header",
                        false,
                        (d, s) -> write(d.resolve(DB), 16, new byte[] {0, 3})));
        k.add(
                new Kind(
                        "random bytes",
                        false,
                        (d, s) -> Files.write(d.resolve(DB), bytes(16_384, 42))));
        k.add(
                new Kind(
                        "a letter saved as overturn.db",
                        false,
                        (d, s) ->
                                Files.writeString(
                                        d.resolve(DB),
                                        "Dear payer,\nthis is a letter, not a database.\n"
                                                .repeat(100))));
        k.add(
                new Kind(
                        "a folder named overturn.db",
                        false,
                        (d, s) -> {
                            Files.delete(d.resolve(DB));
                            Files.createDirectory(d.resolve(DB));
                        }));
        k.add(
                new Kind(
                        "written by a newer Overturn (schema 99)",
                        false,
                        (d, s) -> sql(d.resolve(DB), "PRAGMA user_version = 99")));
        k.add(
                new Kind(
                        "garbage in the write-ahead log",
                        false,
                        (d, s) -> Files.write(d.resolve(DB + "-wal"), bytes(32 * 1024, 5))));
        k.add(
                new Kind(
                        "garbage in the shared-memory file",
                        false,
                        (d, s) -> Files.write(d.resolve(DB + "-shm"), bytes(32 * 1024, 6))));
        k.add(
                new Kind(
                        "a crash: the log holds the last import, the shared-memory file is gone",
                        true,
                        (d, s) -> {
                            // Nothing to do here: the folder comes with the log (see CrashCopy);
                            // only -shm is left out.
                            Files.deleteIfExists(d.resolve(DB + "-shm"));
                        }));
        k.add(
                new Kind(
                        "another database's write-ahead log",
                        false,
                        (d, s) -> {
                            Files.copy(s.resolve(DB + "-wal"), d.resolve(DB + "-wal"));
                            Files.deleteIfExists(d.resolve(DB + "-shm"));
                        }));
        k.add(
                new Kind(
                        "garbage appended after the last page",
                        false,
                        (d, s) -> {
                            try (RandomAccessFile f =
                                    new RandomAccessFile(d.resolve(DB).toFile(), "rw")) {
                                f.seek(f.length());
                                f.write(bytes(1000, 9));
                            }
                        }));
        k.add(
                new Kind(
                        "a link to a file that does not exist",
                        false,
                        (d, s) -> {
                            Files.delete(d.resolve(DB));
                            Files.createSymbolicLink(
                                    d.resolve(DB),
                                    d.resolveSibling(d.getFileName() + "-elsewhere.db"));
                        }));
        return k;
    }

    static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static void truncate(Path f, long size) throws IOException {
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(size);
        }
    }

    static void write(Path f, long at, byte[] b) throws IOException {
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.seek(at);
            r.write(b);
        }
    }

    /**
     * Flips {@code n} bytes (all bits) at seeded places in {@code [from, from + length)}, never the
     * same twice.
     */
    static void flip(Path f, long from, int length, int n, long seed) throws IOException {
        Random r = new Random(seed);
        Set<Integer> done = new HashSet<>();
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            while (done.size() < n) {
                int at = r.nextInt(length);
                if (done.add(at)) {
                    raf.seek(from + at);
                    int b = raf.read();
                    raf.seek(from + at);
                    raf.write(~b & 0xFF);
                }
            }
        }
    }

    static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    static String query(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
