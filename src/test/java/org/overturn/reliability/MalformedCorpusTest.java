package org.overturn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.cli.CliRun;
import org.overturn.reliability.MalformedCorpus.Expect;
import org.overturn.reliability.MalformedCorpus.Mutation;

/**
 * Issue 13, "keep it proven": hundreds of malformed case files generated from the shipped samples
 * are each refused by {@code case import} with exit 2 and one plain line, and leave the database
 * exactly as it was; the changes the format allows (an optional field left out) import. The CI
 * scale imports a sample of the allowed changes; the full scale imports every one.
 */
@Tag("reliability")
@Timeout(300)
class MalformedCorpusTest {

    @TempDir Path dir;

    @Test
    void everyMalformedCaseFileIsRefusedInOneLineAndChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        Path db = data.resolve("overturn.db");
        assertThat(CliRun.run("--data-dir", data.toString(), "case", "list").code()).isZero();
        List<Mutation> corpus = MalformedCorpus.all();
        List<Mutation> imports = corpus.stream().filter(m -> m.expect() == Expect.IMPORTS).toList();
        // CI: every file-level mutation, every tenth field-level refusal and about thirty allowed
        // changes.
        int importEvery = Scale.pick(Math.max(1, imports.size() / 30), 1);
        int fieldEvery = Scale.pick(10, 1);

        List<String> failures = new ArrayList<>();
        String contents = contents(db);
        String quick = fingerprint(db);
        int tried = 0;
        int refused = 0;
        int imported = 0;
        int importsSeen = 0;
        int fieldsSeen = 0;
        long refusing = 0;
        long importing = 0;
        for (Mutation m : corpus) {
            long t0 = System.nanoTime();
            if (m.expect() == Expect.IMPORTS && importsSeen++ % importEvery != 0
                    || m.expect() == Expect.REFUSED
                            && m.field()
                            && fieldsSeen++ % fieldEvery != 0) {
                continue;
            }
            tried++;
            Path file = dir.resolve("case-" + tried + ".json");
            Files.write(file, m.bytes());
            if (m.expect() == Expect.REFUSED) {
                CliRun.Result r =
                        CliRun.run(
                                "--data-dir", data.toString(), "case", "import", file.toString());
                Optional<String> problem =
                        r.code() != 2 ? Optional.of("exit " + r.code()) : Refusals.problem(r.err());
                if (problem.isEmpty() && !r.out().isEmpty()) {
                    problem = Optional.of("it printed on stdout: " + r.out().strip());
                }
                if (problem.isEmpty() && !fingerprint(db).equals(quick)) {
                    problem = Optional.of("the database changed");
                }
                if (problem.isPresent()) {
                    failures.add(
                            m.name()
                                    + ": "
                                    + problem.get()
                                    + " | "
                                    + abbreviate(r.err() + r.out()));
                    // Measure the next files against the database as it now is.
                    contents = contents(db);
                    quick = fingerprint(db);
                } else {
                    refused++;
                }
                refusing += System.nanoTime() - t0;
            } else {
                if (!contents(db).equals(contents)) {
                    failures.add(
                            "before " + m.name() + ": the database changed since the last import");
                }
                CliRun.Result r =
                        CliRun.run(
                                "--data-dir", data.toString(), "case", "import", file.toString());
                String[] lines = r.out().strip().split("\n");
                Optional<String> problem =
                        r.code() != 0
                                ? Optional.of("exit " + r.code())
                                : !lines[lines.length - 1].matches("\\d+")
                                        ? Optional.of("no case id printed")
                                        : Optional.empty();
                if (problem.isEmpty()) {
                    CliRun.Result shown =
                            CliRun.run(
                                    "--data-dir",
                                    data.toString(),
                                    "case",
                                    "show",
                                    lines[lines.length - 1],
                                    "--json");
                    if (shown.code() != 0) {
                        problem =
                                Optional.of(
                                        "the imported case does not show: "
                                                + abbreviate(shown.err()));
                    }
                }
                if (problem.isPresent()) {
                    failures.add(
                            m.name()
                                    + " (allowed by the format): "
                                    + problem.get()
                                    + " | "
                                    + abbreviate(r.err() + r.out()));
                } else {
                    imported++;
                }
                contents = contents(db);
                quick = fingerprint(db);
                importing += System.nanoTime() - t0;
            }
        }
        assertThat(contents(db)).as("the database after the last refusal").isEqualTo(contents);

        System.out.printf(
                "Malformed corpus (%s scale): %d files tried, %d refused cleanly, %d allowed changes "
                        + "imported, %d failures (%d s refusing, %d s importing)%n",
                Scale.name(),
                tried,
                refused,
                imported,
                failures.size(),
                refusing / 1_000_000_000,
                importing / 1_000_000_000);
        assertThat(failures)
                .as(failures.size() + " of " + tried + " files not handled cleanly")
                .isEmpty();
        assertThat(refused).as("malformed files refused").isGreaterThanOrEqualTo(300);
    }

    private static String abbreviate(String s) {
        String one = s.strip().replace("\n", " \\n ");
        return one.length() > 400 ? one.substring(0, 400) + "…" : one;
    }

    /** Cheap: the row counts and sizes. */
    private static String fingerprint(Path db) throws Exception {
        return query(
                db,
                "SELECT (SELECT count(*) FROM case_file) || '/' || (SELECT coalesce(max(id), 0) FROM case_file)"
                        + " || '/' || (SELECT coalesce(sum(length(doc)), 0) FROM case_file) || '/' || (SELECT count(*) FROM payer)"
                        + " || '/' || (SELECT count(*) FROM import_source) || '/' || (SELECT count(*) FROM case_document)");
    }

    /** Everything a case import can touch, hashed. */
    private static String contents(Path db) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement()) {
            for (String table :
                    List.of(
                            "case_file",
                            "payer",
                            "import_source",
                            "case_document",
                            "practice_profile")) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            byte[] b = rs.getBytes(i);
                            sha.update(b == null ? new byte[] {0} : b);
                            sha.update((byte) 0x1F);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String query(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
