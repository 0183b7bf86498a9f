package org.overturn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.overturn.cli.CliRun;
import org.overturn.core.SampleCases;

/**
 * Issue 13, "keep it proven": a data folder whose database was damaged in each of the ways {@link
 * DamageKinds} lists, or made read-only, either opens and shows every case, or is refused in one
 * plain line (exit other than 0) with the damaged files kept exactly as they were and no backup
 * taken of them.
 */
@Tag("reliability")
@Timeout(300)
class DatabaseDamageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path root;
    static Path good;
    static Path crashed;
    static Path spare;
    static Map<Long, String> goodCases;
    static Map<Long, String> crashedCases;
    static Map<Long, String> goodShown;
    static Map<Long, String> crashedShown;

    /**
     * A data folder with nine cases; a copy taken as a crash would leave it (the tenth case only in
     * the log).
     */
    @BeforeAll
    static void folders() throws Exception {
        good = root.resolve("good");
        Path sample = root.resolve("sample.json");
        for (int i = 0; i < 9; i++) {
            Files.writeString(sample, SampleCases.text(SampleCases.ALL.get(i % 3)));
            assertThat(
                            CliRun.run(
                                            "--data-dir",
                                            good.toString(),
                                            "case",
                                            "import",
                                            "--allow-duplicate",
                                            sample.toString())
                                    .code())
                    .isZero();
        }
        goodCases = listing(good);
        goodShown = shown(good, goodCases);
        assertThat(goodCases).hasSize(9);
        assertThat(good.resolve("overturn.db-wal")).doesNotExist();

        crashed = root.resolve("crashed");
        spare = root.resolve("spare");
        Path live = root.resolve("live");
        copy(good, live);
        Files.writeString(sample, SampleCases.text(SampleCases.ALL.get(0)));
        copyWhileALogIsHeld(
                live,
                crashed,
                () ->
                        assertThat(
                                        CliRun.run(
                                                        "--data-dir",
                                                        live.toString(),
                                                        "case",
                                                        "import",
                                                        "--allow-duplicate",
                                                        sample.toString())
                                                .code())
                                .isZero());
        crashedCases = listing(live);
        crashedShown = shown(live, crashedCases);
        assertThat(crashedCases).hasSize(10);
        assertThat(Files.size(crashed.resolve("overturn.db-wal"))).isPositive();

        Path other = root.resolve("other");
        assertThat(CliRun.run("--data-dir", other.toString(), "case", "list").code()).isZero();
        Files.writeString(sample, SampleCases.text(SampleCases.ALL.get(1)));
        copyWhileALogIsHeld(
                other,
                spare,
                () ->
                        assertThat(
                                        CliRun.run(
                                                        "--data-dir",
                                                        other.toString(),
                                                        "case",
                                                        "import",
                                                        sample.toString())
                                                .code())
                                .isZero());
    }

    /**
     * Runs {@code write} while another connection holds a read snapshot, so what it writes stays in
     * the write-ahead log, and copies the database and its log (as a crash would leave them) to
     * {@code to}.
     */
    private static void copyWhileALogIsHeld(Path from, Path to, Runnable write) throws Exception {
        try (Connection reader =
                        DriverManager.getConnection("jdbc:sqlite:" + from.resolve("overturn.db"));
                Statement st = reader.createStatement()) {
            reader.setAutoCommit(false);
            st.executeQuery("SELECT count(*) FROM case_file").close();
            write.run();
            Files.createDirectories(to);
            Files.copy(from.resolve("overturn.db"), to.resolve("overturn.db"));
            Files.copy(from.resolve("overturn.db-wal"), to.resolve("overturn.db-wal"));
            reader.rollback();
        }
    }

    /** What {@code case show ID --json} prints for each case. */
    private static Map<Long, String> shown(Path data, Map<Long, String> cases) {
        Map<Long, String> out = new TreeMap<>();
        for (long id : cases.keySet()) {
            CliRun.Result r =
                    CliRun.run(
                            "--data-dir",
                            data.toString(),
                            "case",
                            "show",
                            String.valueOf(id),
                            "--json");
            assertThat(r.code()).as(r.err()).isZero();
            out.put(id, r.out());
        }
        return out;
    }

    private static Map<Long, String> listing(Path data) throws Exception {
        CliRun.Result r = CliRun.run("--data-dir", data.toString(), "case", "list", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return parse(r.out());
    }

    private static Map<Long, String> parse(String json) throws Exception {
        Map<Long, String> out = new TreeMap<>();
        for (JsonNode c : JSON.readTree(json).get("cases")) {
            out.put(
                    c.get("id").asLong(),
                    c.get("patient").asText() + " / " + c.get("status").asText());
        }
        return out;
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)
                        && f.getFileName().toString().startsWith("overturn.db")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    /** Each file beside the database, hashed (a folder as "folder", a link as where it points). */
    private static Map<String, String> state(Path data) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String name : List.of("overturn.db", "overturn.db-wal", "overturn.db-shm")) {
            Path p = data.resolve(name);
            if (Files.isSymbolicLink(p)) {
                out.put(name, "link to " + Files.readSymbolicLink(p));
            } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                out.put(name, "folder");
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                out.put(
                        name,
                        HexFormat.of()
                                .formatHex(
                                        MessageDigest.getInstance("SHA-256")
                                                .digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private static List<Path> backups(Path data) throws Exception {
        Path b = data.resolve("backups");
        if (!Files.isDirectory(b)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(b)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".lock")).toList();
        }
    }

    @Test
    void everyKindOfDamageIsRefusedInOneLineAndKeptOrOpensWithEveryCase() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<DamageKinds.Kind> kinds = new ArrayList<>(DamageKinds.all());
        kinds.add(
                new DamageKinds.Kind(
                        "the database file read-only",
                        false,
                        (d, s) -> ReadOnly.make(d.resolve("overturn.db"))));
        kinds.add(
                new DamageKinds.Kind(
                        "the data folder read-only", false, (d, s) -> ReadOnly.make(d)));
        int i = 0;
        for (DamageKinds.Kind kind : kinds) {
            Path data = root.resolve("kind-" + ++i);
            copy(kind.crash() ? crashed : good, data);
            Map<Long, String> expected = kind.crash() ? crashedCases : goodCases;
            try {
                try {
                    kind.damage().apply(data, spare);
                } catch (TestAbortedException cannot) {
                    outcomes.put(kind.name(), "skipped: " + cannot.getMessage());
                    continue;
                }
                Map<String, String> before = state(data);

                CliRun.Result r =
                        CliRun.run("--data-dir", data.toString(), "case", "list", "--json");

                Optional<String> problem;
                if (r.code() == 0) {
                    Map<Long, String> shown = parse(r.out());
                    problem =
                            shown.equals(expected)
                                    ? Optional.empty()
                                    : Optional.of(
                                            "it opened but shows "
                                                    + shown.size()
                                                    + " cases, not the "
                                                    + expected.size());
                    // Each case shows as it was, or, when SQLite could not see that its document
                    // was damaged,
                    // is refused in one line when opened.
                    int damaged = 0;
                    for (Map.Entry<Long, String> e :
                            (kind.crash() ? crashedShown : goodShown).entrySet()) {
                        if (problem.isPresent()) {
                            break;
                        }
                        CliRun.Result show =
                                CliRun.run(
                                        "--data-dir",
                                        data.toString(),
                                        "case",
                                        "show",
                                        String.valueOf(e.getKey()),
                                        "--json");
                        if (show.code() == 0 && !show.out().equals(e.getValue())) {
                            problem =
                                    Optional.of(
                                            "case "
                                                    + e.getKey()
                                                    + " shows other content than it had");
                        } else if (show.code() != 0) {
                            damaged++;
                            problem =
                                    Refusals.problem(show.err())
                                            .map(p -> "case " + e.getKey() + ": " + p);
                        }
                    }
                    int damagedCases = damaged;
                    for (Path b : backups(data)) {
                        String check = DamageKinds.query(b, "PRAGMA integrity_check");
                        String n = DamageKinds.query(b, "SELECT count(*) FROM case_file");
                        if (problem.isEmpty()
                                && (!"ok".equals(check) || Long.parseLong(n) != expected.size())) {
                            problem =
                                    Optional.of(
                                            "it backed up a copy that fails its check or misses cases");
                        }
                    }
                    outcomes.put(
                            kind.name(),
                            problem.isPresent()
                                    ? "opens wrongly"
                                    : "opens with all "
                                            + expected.size()
                                            + " cases listed"
                                            + (damagedCases == 0
                                                    ? ", each as it was"
                                                    : "; "
                                                            + damagedCases
                                                            + " damaged case(s) "
                                                            + "refused in one line when opened"));
                } else {
                    problem = Refusals.problem(r.err());
                    Map<String, String> after = state(data);
                    if (problem.isEmpty()
                            && !after.get("overturn.db").equals(before.get("overturn.db"))) {
                        problem = Optional.of("the damaged database was changed");
                    }
                    if (problem.isEmpty()
                            && before.containsKey("overturn.db-wal")
                            && !before.get("overturn.db-wal")
                                    .equals(after.get("overturn.db-wal"))) {
                        problem =
                                Optional.of("the write-ahead log beside it was changed or removed");
                    }
                    if (problem.isEmpty() && !backups(data).isEmpty()) {
                        problem = Optional.of("a backup was taken: " + backups(data));
                    }
                    outcomes.put(
                            kind.name(), "refused (exit " + r.code() + "): " + r.err().strip());
                }
                problem.ifPresent(
                        p ->
                                failures.add(
                                        kind.name()
                                                + ": "
                                                + p
                                                + " | "
                                                + (r.err() + r.out())
                                                        .strip()
                                                        .replace("\n", " \\n ")));
            } finally {
                ReadOnly.undo();
            }
        }
        outcomes.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        long tried = outcomes.values().stream().filter(v -> !v.startsWith("skipped")).count();
        System.out.printf(
                "Database damage: %d kinds tried (%d skipped), %d handled cleanly%n",
                tried, kinds.size() - tried, tried - failures.size());
        assertThat(failures).isEmpty();
        assertThat(tried).isGreaterThanOrEqualTo(18);
    }
}
