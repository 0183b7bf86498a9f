package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.StoreLocation;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.domain.store.DocumentStore;
import org.overturn.persistence.MutableClock;
import org.overturn.persistence.shared.PgServer;
import org.overturn.persistence.shared.SharedStoreLocation;
import org.overturn.persistence.shared.SharedStoreSchema;

/**
 * {@code store copy --from local --to postgresql://…} against a real PostgreSQL server: the shipped
 * samples, one with an enclosure and a sent copy, land whole with byte-identical documents; a
 * second run copies nothing; the source is unchanged; a clinician's copy stops at the first payer
 * the shared directory lacks, keeping what was copied; bad options are one line.
 */
@Tag("postgres")
class StoreCopyCommandTest {

    private static final String SAMPLES = "src/main/resources/org/overturn/samples";
    private static final byte[] LETTER =
            "%PDF-1.4 the denial letter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SENT =
            "%PDF-1.4 the appeal as sent\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern COPIED = Pattern.compile("case (\\d+) → (\\d+): .*");

    private static PgServer server;
    private static Path local;
    private static Path adminPw;
    private static Path clinicianPw;

    @TempDir static Path shared;

    @TempDir Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = PgServer.start();
        // The group roles are the cluster's, made by the first init.
        preparedDatabase("copy_roles");
        server.user("copy_admin", "admin-pw-1", "overturn_admin");
        server.user("copy_clinician", "clinician-pw-1", "overturn_clinician");
        adminPw = privateFile("admin", "admin-pw-1");
        clinicianPw = privateFile("clinician", "clinician-pw-1");
        // This computer's store: every shipped sample, imported as a person would, and the first
        // one with a denial letter enclosed and the appeal it sent frozen.
        local = shared.resolve("local");
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of(SAMPLES))) {
            samples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSize(5);
        for (Path sample : samples) {
            CliRun.Result r =
                    CliRun.run("--data-dir", local.toString(), "case", "import", sample.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        try (CoreServices s = CoreServices.open(new AppPaths(local), clock())) {
            CaseFile c = s.cases().find(1).orElseThrow();
            String letterSha =
                    s.documents()
                            .put(1, "enc-1", DocumentStore.Role.ENCLOSURE, "denial.pdf", LETTER);
            String sentSha =
                    s.documents().put(1, "sent-1", DocumentStore.Role.SUBMISSION, "sent.pdf", SENT);
            Enclosure e =
                    new Enclosure(
                            "enc-1",
                            "Denial letter",
                            "denial.pdf",
                            0,
                            false,
                            letterSha,
                            LETTER.length,
                            Optional.of(1));
            Submission sub =
                    new Submission(
                            "sub-1",
                            LocalDate.of(2026, 11, 18),
                            Optional.empty(),
                            SubmissionMethod.FAX,
                            "(916) 555-0148",
                            "OK 0042",
                            ReviewLevel.INTERNAL_APPEAL,
                            "sent-1",
                            sentSha,
                            1);
            s.cases()
                    .update(
                            c.withPacket(
                                    c.packet()
                                            .withEnclosures(List.of(e))
                                            .withSubmissions(List.of(sub))));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static MutableClock clock() {
        return MutableClock.at("2026-12-04T10:00:00Z");
    }

    private static Path privateFile(String name, String password) throws IOException {
        Path f = shared.resolve("pw-" + name);
        Files.writeString(f, password + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    private static String uri(String user, String db) {
        return "postgresql://" + user + "@127.0.0.1:" + server.port + "/" + db;
    }

    private static String preparedDatabase(String name) throws Exception {
        String db = server.newDatabase(name);
        try (var c = server.owner(db)) {
            SharedStoreSchema.init(c);
        }
        return db;
    }

    private static CliRun.Result copy(String user, Path pw, String db) {
        return CliRun.run(
                "--data-dir",
                local.toString(),
                "store",
                "copy",
                "--from",
                "local",
                "--to",
                uri(user, db),
                "--password-file",
                pw.toString(),
                "--allow-local-plain");
    }

    private static CoreServices openShared(String db) throws Exception {
        return CoreServices.open(
                new AppPaths(shared.resolve("reader")),
                clock(),
                new StoreLocation.Shared(
                        SharedStoreLocation.parse(uri("copy_admin", db)), true, Optional.empty()),
                (at, user) -> "admin-pw-1");
    }

    /** Each case as its file's text without either store's ids, and each document's bytes. */
    private record Snapshot(Map<Long, String> cases, Map<Long, List<byte[]>> documents) {}

    private static Snapshot snapshot(CoreServices s) throws IOException {
        Map<Long, String> cases = new LinkedHashMap<>();
        Map<Long, List<byte[]>> docs = new LinkedHashMap<>();
        for (CaseSummary sum : s.cases().summaries()) {
            CaseFile c = s.cases().find(sum.id()).orElseThrow();
            cases.put(sum.id(), s.caseFileText(c.withoutId(), Optional.empty()));
            List<byte[]> bytes = new ArrayList<>();
            for (Enclosure e : c.packet().enclosures()) {
                bytes.add(s.documents().get(e.id()).orElseThrow());
            }
            for (Submission sub : c.packet().submissions()) {
                bytes.add(s.documents().get(sub.frozenCopyId()).orElseThrow());
            }
            docs.put(sum.id(), bytes);
        }
        return new Snapshot(cases, docs);
    }

    private static Snapshot localSnapshot() throws Exception {
        try (CoreServices s = CoreServices.open(new AppPaths(local), clock())) {
            assertThat(s.cases().count()).isEqualTo(5);
            return snapshot(s);
        }
    }

    /** Source id → target id, from the lines a copy printed. */
    private static Map<Long, Long> pairs(String out) {
        Map<Long, Long> m = new LinkedHashMap<>();
        for (String line : out.lines().toList()) {
            Matcher x = COPIED.matcher(line);
            if (x.matches()) {
                m.put(Long.parseLong(x.group(1)), Long.parseLong(x.group(2)));
            }
        }
        return m;
    }

    @Test
    void anAdminCopiesEveryCaseWholeAndASecondRunCopiesNothingNew() throws Exception {
        String db = preparedDatabase("copy_all");
        Snapshot before = localSnapshot();

        CliRun.Result r = copy("copy_admin", adminPw, db);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().strip().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).matches("case 1 → \\d+: 2 documents, checksums match");
        assertThat(lines.subList(1, 5)).allMatch(l -> l.matches("case \\d → \\d+: no documents"));
        assertThat(lines.get(5))
                .isEqualTo(
                        "5 cases read from this computer's store: 5 copied to "
                                + uri("copy_admin", db)
                                + " with 2 documents, 0 already there; nothing was deleted"
                                + " from this computer.");
        Map<Long, Long> pairs = pairs(r.out());
        assertThat(pairs).hasSize(5);

        try (CoreServices target = openShared(db)) {
            assertThat(target.cases().count()).isEqualTo(5);
            Snapshot there = snapshot(target);
            for (Map.Entry<Long, Long> p : pairs.entrySet()) {
                assertThat(there.cases().get(p.getValue()))
                        .as("case " + p.getKey())
                        .isEqualTo(before.cases().get(p.getKey()));
                List<byte[]> want = before.documents().get(p.getKey());
                List<byte[]> got = there.documents().get(p.getValue());
                assertThat(got).hasSameSizeAs(want);
                for (int i = 0; i < want.size(); i++) {
                    assertThat(got.get(i)).isEqualTo(want.get(i));
                }
            }
            assertThat(there.documents().get(pairs.get(1L))).containsExactly(LETTER, SENT);
            // The payers came with their cases, once each.
            assertThat(target.payers().all()).hasSize(3);
        }

        CliRun.Result again = copy("copy_admin", adminPw, db);
        assertThat(again.code()).as(again.err()).isZero();
        List<String> againLines = again.out().strip().lines().toList();
        assertThat(againLines).hasSize(6);
        for (Map.Entry<Long, Long> p : pairs.entrySet()) {
            assertThat(againLines)
                    .contains(
                            "case "
                                    + p.getKey()
                                    + ": already in the store as case "
                                    + p.getValue());
        }
        assertThat(againLines.get(5)).contains(": 0 copied to ").contains(", 5 already there;");
        try (CoreServices target = openShared(db)) {
            assertThat(target.cases().count()).isEqualTo(5);
        }

        // The source is as it was: the same cases, the same documents.
        Snapshot after = localSnapshot();
        assertThat(after.cases()).isEqualTo(before.cases());
        assertThat(after.documents().keySet()).isEqualTo(before.documents().keySet());
        for (long id : before.documents().keySet()) {
            List<byte[]> a = after.documents().get(id);
            List<byte[]> b = before.documents().get(id);
            assertThat(a).hasSameSizeAs(b);
            for (int i = 0; i < b.size(); i++) {
                assertThat(a.get(i)).isEqualTo(b.get(i));
            }
        }
    }

    @Test
    void aClinicianStopsAtThePayerTheDirectoryLacksKeepingWhatWasCopied() throws Exception {
        String db = preparedDatabase("copy_clinician");
        // The directory knows the ERISA samples' payer only (an admin's import added it).
        CliRun.Result setup =
                CliRun.run(
                        "--data-dir",
                        dir.resolve("admin").toString(),
                        "--store",
                        uri("copy_admin", db),
                        "--store-password-file",
                        adminPw.toString(),
                        "--store-allow-local-plain",
                        "case",
                        "import",
                        SAMPLES + "/mh-iop-concurrent-erisa.json");
        assertThat(setup.code()).as(setup.err()).isZero();

        CliRun.Result r = copy("copy_clinician", clinicianPw, db);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err().strip())
                .isEqualTo(
                        "overturn: store copy stopped: case 3 was not copied: the payer \"State"
                                + " Medicaid Agency, Bureau of Hearings and Appeals (sample)\" is"
                                + " not in the shared payer directory, and an administrator must"
                                + " add it to the payer directory first. The 2 cases copied"
                                + " before it, each whole, stay in "
                                + uri("copy_clinician", db)
                                + "; nothing was deleted from this computer.");
        assertThat(pairs(r.out())).containsOnlyKeys(1L, 2L);
        try (CoreServices target = openShared(db)) {
            assertThat(target.cases().count()).isEqualTo(3);
            assertThat(target.documents().count(pairs(r.out()).get(1L))).isEqualTo(2);
        }

        // An admin finishes the copy: the two already there are recognised, the rest copied.
        CliRun.Result admin = copy("copy_admin", adminPw, db);
        assertThat(admin.code()).as(admin.err()).isZero();
        assertThat(admin.out())
                .contains("case 1: already in the store as case " + pairs(r.out()).get(1L))
                .contains(": 3 copied to ")
                .contains(", 2 already there;");
        try (CoreServices target = openShared(db)) {
            assertThat(target.cases().count()).isEqualTo(6);
        }
    }

    @Test
    void badOptionsAreRefusedInOneLineBeforeAnythingIsOpened() throws Exception {
        String to = uri("copy_admin", "anything");
        Path open = dir.resolve("pw-open");
        Files.writeString(open, "admin-pw-1\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Path nowhere = dir.resolve("no-data-folder");
        String[][] cases = {
            {
                "--from postgresql://127.0.0.1/other --to " + to + " --password-file " + adminPw,
                "overturn: --from: store copy copies from local (this computer's store) only,"
                        + " not postgresql://127.0.0.1/other"
            },
            {
                "--from local --to local --password-file " + adminPw,
                "overturn: a shared store's address starts postgresql:// (for example"
                        + " postgresql://server.example.org/overturn)"
            },
            {
                "--from local --to postgresql://db.example.org/overturn --allow-local-plain"
                        + " --password-file "
                        + adminPw,
                "overturn: --allow-local-plain is for a server on this computer (localhost),"
                        + " not db.example.org"
            },
            {
                "--from local --to " + to,
                "overturn: store copy needs --password-file F or --password-stdin; a password is"
                        + " never taken on the command line"
            },
            {
                "--from local --to " + to + " --password-file " + adminPw + " --password-stdin",
                "overturn: give --password-file F or --password-stdin, not both"
            },
            {
                "--from local --to " + to + " --password-file " + open,
                "overturn: the password file "
                        + open
                        + " can be read by other users: make it yours alone (chmod 600 "
                        + open
                        + ")"
            },
            {
                "--from local --to " + to + " --password-file " + adminPw + " --allow-local-plain",
                "overturn: there is no local store in "
                        + nowhere
                        + " to copy (no overturn.db); give its data folder with --data-dir"
            },
        };
        for (String[] c : cases) {
            List<String> args =
                    new ArrayList<>(List.of("--data-dir", nowhere.toString(), "store", "copy"));
            args.addAll(List.of(c[0].split(" ")));
            CliRun.Result r = CliRun.run(args.toArray(String[]::new));
            assertThat(r.code()).as(c[0]).isEqualTo(2);
            assertThat(r.err().strip()).as(c[0]).isEqualTo(c[1]);
            assertThat(r.out()).as(c[0]).isEmpty();
            assertThat(nowhere).as(c[0]).doesNotExist();
        }
        CliRun.Result missing =
                CliRun.run("--data-dir", nowhere.toString(), "store", "copy", "--from", "local");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines().count()).isEqualTo(1);
        assertThat(missing.err()).contains("--to");
    }
}
