package org.overturn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.cli.CliRun;
import org.overturn.core.SampleCases;
import org.overturn.persistence.SchemaMigrator;

/**
 * Issue 13, "keep it proven": separate operating-system processes sharing one data folder. Two
 * processes importing 50 cases each at the same time all succeed (100 cases, no failure), and ten
 * first starts on an empty folder at the same moment all succeed, migrate once and leave sound
 * backups only.
 */
@Tag("reliability")
@Timeout(300)
class ParallelProcessesTest {

    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private static List<Run> together(List<List<String>> commands) throws Exception {
        List<Process> started = new ArrayList<>();
        for (List<String> c : commands) {
            started.add(new ProcessBuilder(c).start());
        }
        List<Run> runs = new ArrayList<>();
        for (Process p : started) {
            // Read both streams fully before waiting; small outputs, so reading one then the other
            // can't block.
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
            runs.add(new Run(p.exitValue(), out, err));
        }
        return runs;
    }

    @Test
    void twoProcessesImportingFiftyCasesEachAtOnceAllSucceed() throws Exception {
        Path data = dir.resolve("data");
        Path scratch = Files.createDirectories(dir.resolve("tmp"));
        String sample = SampleCases.text(SampleCases.ALL.get(0));
        List<List<String>> commands = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            List<String> args = new ArrayList<>(List.of(data.toString()));
            for (int i = 0; i < 50; i++) {
                // Each file a different case (the same file twice would be recognised as already
                // imported).
                Path f = dir.resolve("case-" + writer + "-" + i + ".json");
                Files.writeString(
                        f,
                        sample.replace(
                                "\"Daniela Reyes-Whitford\"",
                                "\"Daniela Reyes-Whitford " + writer + "-" + i + "\""));
                args.add(f.toString());
            }
            commands.add(
                    ChildJvm.command(
                            scratch, ImportMany.class.getName(), args.toArray(String[]::new)));
        }
        long t0 = System.nanoTime();

        List<Run> runs = together(commands);

        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        int failures = 0;
        Set<Long> ids = new TreeSet<>();
        for (Run r : runs) {
            assertThat(r.code()).as(r.err()).isZero();
            failures +=
                    (int)
                            r.out()
                                    .lines()
                                    .filter(l -> l.startsWith("@exit ") && !l.equals("@exit 0"))
                                    .count();
            r.out().lines().filter(l -> l.matches("\\d+")).forEach(l -> ids.add(Long.parseLong(l)));
            assertThat(r.err()).as("stderr").isEmpty();
        }
        Path db = data.resolve("overturn.db");
        System.out.printf(
                "Parallel imports: 2 processes x 50 imports in %d s, %d failures, %d distinct ids, %s cases "
                        + "stored%n",
                seconds,
                failures,
                ids.size(),
                DamageKinds.query(db, "SELECT count(*) FROM case_file"));
        assertThat(failures).isZero();
        assertThat(ids).hasSize(100);
        assertThat(DamageKinds.query(db, "SELECT count(*) FROM case_file")).isEqualTo("100");
        assertThat(DamageKinds.query(db, "SELECT count(DISTINCT patient_name) FROM case_file"))
                .isEqualTo("100");
        assertThat(DamageKinds.query(db, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    /** Full scale only: BackupServiceTest races the day's backup between threads in every run. */
    @Test
    void tenStartsRacingForTheDayBackupOfABigDatabaseLeaveOnlySoundBackups() throws Exception {
        Assumptions.assumeTrue(Scale.full(), "full scale only (-Preliability)");
        Path data = dir.resolve("big");
        Path scratch = Files.createDirectories(dir.resolve("tmp"));
        Path f = dir.resolve("case.json");
        String sample = SampleCases.text(SampleCases.ALL.get(0));
        for (int i = 0; i < 20; i++) {
            Files.writeString(
                    f,
                    sample.replace(
                            "\"Daniela Reyes-Whitford\"", "\"Daniela Reyes-Whitford " + i + "\""));
            assertThat(
                            CliRun.run(
                                            "--data-dir",
                                            data.toString(),
                                            "case",
                                            "import",
                                            f.toString())
                                    .code())
                    .isZero();
        }
        // No backup yet today: each of the ten starts below finds it missing and sets out to take
        // it.
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            for (Path b : files.toList()) {
                Files.delete(b);
            }
        }
        List<List<String>> commands = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            commands.add(ChildJvm.overturn(scratch, "--data-dir", data.toString(), "case", "list"));
        }

        List<Run> runs = together(commands);

        for (Run r : runs) {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).as("stderr: a backup that failed would say so there").isEmpty();
        }
        List<Path> backups;
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            backups = files.filter(b -> !b.getFileName().toString().endsWith(".lock")).toList();
        }
        assertThat(backups)
                .hasSize(1)
                .allSatisfy(
                        b -> {
                            assertThat(b.getFileName().toString()).endsWith(".db");
                            assertThat(DamageKinds.query(b, "PRAGMA integrity_check"))
                                    .isEqualTo("ok");
                            assertThat(DamageKinds.query(b, "SELECT count(*) FROM case_file"))
                                    .isEqualTo("20");
                        });
        System.out.printf("Racing day backups: 10 processes, 0 failures, one sound backup%n");
    }

    @Test
    void tenFirstStartsOnAnEmptyFolderAtTheSameMomentAllSucceed() throws Exception {
        Path data = dir.resolve("fresh");
        Path scratch = Files.createDirectories(dir.resolve("tmp"));
        List<List<String>> commands = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            commands.add(ChildJvm.overturn(scratch, "--data-dir", data.toString(), "case", "list"));
        }

        List<Run> runs = together(commands);

        for (Run r : runs) {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("No cases yet");
            assertThat(r.err()).as("stderr").isEmpty();
        }
        Path db = data.resolve("overturn.db");
        assertThat(DamageKinds.query(db, "PRAGMA user_version"))
                .isEqualTo(String.valueOf(SchemaMigrator.builtInMigrations().size()));
        assertThat(DamageKinds.query(db, "PRAGMA integrity_check")).isEqualTo("ok");
        List<Path> backups;
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            backups = files.filter(b -> !b.getFileName().toString().endsWith(".lock")).toList();
        }
        assertThat(backups)
                .as("backups")
                .allSatisfy(
                        b -> {
                            assertThat(b.getFileName().toString()).endsWith(".db");
                            assertThat(DamageKinds.query(b, "PRAGMA integrity_check"))
                                    .isEqualTo("ok");
                        });
        System.out.printf(
                "Parallel first starts: 10 processes, 0 failures, %d backup(s), all sound%n",
                backups.size());
    }
}
