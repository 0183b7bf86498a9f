package org.overturn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.cli.CliRun;
import org.overturn.core.SampleCases;

/**
 * Issue 13, "keep it proven": a real process importing cases and exporting a packet is killed with
 * SIGKILL at random moments, again and again, alongside one writing a finished packet through the
 * exports' writer. Afterwards SQLite's integrity check passes, every case whose id was printed is
 * there, each packet is either absent or a whole PDF, and the next export clears the parts killed
 * ones left behind. CI runs 50 kills (within 90 s); the full scale 200.
 */
@Tag("reliability")
@Timeout(900)
class KillLoopTest {

    @TempDir Path dir;

    /** One child's life: its output lines, read as they come. */
    private static final class Child {
        final List<String> command;
        final Process process;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final Thread reader;

        Child(List<String> command) throws Exception {
            this.command = command;
            process =
                    new ProcessBuilder(command)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
            reader =
                    new Thread(
                            () -> {
                                try (BufferedReader in =
                                        new BufferedReader(
                                                new InputStreamReader(
                                                        process.getInputStream(),
                                                        StandardCharsets.UTF_8))) {
                                    for (String line; (line = in.readLine()) != null; ) {
                                        lines.add(line);
                                    }
                                } catch (IOException ignored) {
                                    // the process was killed mid-line
                                }
                            });
            reader.start();
        }

        long count(String marker) {
            synchronized (lines) {
                return lines.stream().filter(marker::equals).count();
            }
        }
    }

    /** What one lane of kills saw. */
    private static final class Lane {
        final Set<Long> printed = Collections.synchronizedSet(new TreeSet<>());
        final Map<String, Integer> killedDuring = Collections.synchronizedMap(new TreeMap<>());
        int kills;

        /** Starts a command again and again, killing each after {@code delay} picks its moment. */
        void run(
                IntFunction<List<String>> command,
                int target,
                long deadline,
                Random random,
                Delay delay)
                throws Exception {
            while (kills < target && System.currentTimeMillis() < deadline) {
                Child child = new Child(command.apply(kills));
                delay.await(child, kills, random);
                child.process.destroyForcibly();
                child.process.waitFor();
                child.reader.join();
                kills++;
                String last = "startup";
                for (String line : child.lines) {
                    if (line.matches("\\d+")) {
                        printed.add(Long.parseLong(line));
                    } else if (line.startsWith("@")) {
                        last =
                                line.startsWith("@done") || line.equals("@start")
                                        ? "between commands"
                                        : line.substring(1);
                    }
                }
                killedDuring.merge(last, 1, Integer::sum);
            }
        }
    }

    @FunctionalInterface
    private interface Delay {
        void await(Child child, int kill, Random random) throws Exception;
    }

    /**
     * Waits for the {@code n}th {@code marker} (or the child's end, or 30 s), then {@code upTo} ms
     * at random.
     */
    private static void after(Child child, String marker, long n, int upTo, Random random)
            throws Exception {
        long waitUntil = System.currentTimeMillis() + 30_000;
        while (child.count(marker) < n
                && child.process.isAlive()
                && System.currentTimeMillis() < waitUntil) {
            Thread.sleep(2);
        }
        Thread.sleep(random.nextInt(upTo));
    }

    @Test
    void killingImportsAndExportsAtRandomLosesNothingCommittedAndLeavesNoHalfFile()
            throws Exception {
        Path data = dir.resolve("data");
        Path scratch = Files.createDirectories(dir.resolve("tmp"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path packet = out.resolve("packet.pdf");
        Path written = Files.createDirectories(dir.resolve("written")).resolve("packet.pdf");
        Path caseFile =
                Files.writeString(
                        dir.resolve("case.json"), SampleCases.text(SampleCases.ALL.get(0)));
        long seed = Long.getLong("overturn.reliability.seed", 20261203L);
        // Lane one runs the real commands (an import, then a packet export, over and over) and is
        // killed in either;
        // lane two writes a finished packet through the exports' writer, so kills land while a file
        // is written.
        int commandKills = Scale.pick(16, 100);
        int writeKills = Scale.pick(34, 100);
        long budget = Scale.pick(90_000, 900_000);
        long started = System.currentTimeMillis();
        long deadline = started + budget;
        Path sample = dir.resolve("sample.pdf");
        assertThat(
                        CliRun.run(
                                        "--data-dir",
                                        dir.resolve("warm").toString(),
                                        "case",
                                        "import",
                                        caseFile.toString())
                                .code())
                .isZero();
        assertThat(
                        CliRun.run(
                                        "--data-dir",
                                        dir.resolve("warm").toString(),
                                        "export",
                                        "packet",
                                        "1",
                                        "--out",
                                        sample.toString())
                                .code())
                .isZero();

        Lane commands = new Lane();
        Lane writes = new Lane();
        List<String> importFirst =
                ChildJvm.command(
                        scratch,
                        CliLoop.class.getName(),
                        data.toString(),
                        caseFile.toString(),
                        packet.toString(),
                        "import-only");
        List<String> exportFirst =
                ChildJvm.command(
                        scratch,
                        CliLoop.class.getName(),
                        data.toString(),
                        caseFile.toString(),
                        packet.toString(),
                        "export-first");
        List<String> writer =
                ChildJvm.command(
                        scratch, WriteLoop.class.getName(), sample.toString(), written.toString());
        Random commandRandom = new Random(seed);
        Random writeRandom = new Random(seed + 1);
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        Future<?> one =
                lanes.submit(
                        () -> {
                            // Alternate: a process importing case after case, killed during one of
                            // its imports (the first includes
                            // opening the folder), then one killed during its first export (case 1
                            // exists once an import committed).
                            commands.run(
                                    kill ->
                                            kill % 2 == 0 || commands.printed.isEmpty()
                                                    ? importFirst
                                                    : exportFirst,
                                    commandKills,
                                    deadline,
                                    commandRandom,
                                    (child, kill, r) ->
                                            after(
                                                    child,
                                                    child.command.contains("export-first")
                                                            ? "@export"
                                                            : "@import",
                                                    1,
                                                    child.command.contains("export-first")
                                                            ? 2500
                                                            : 3000,
                                                    r));
                            return null;
                        });
        Future<?> two =
                lanes.submit(
                        () -> {
                            writes.run(
                                    kill -> writer,
                                    writeKills,
                                    deadline,
                                    writeRandom,
                                    (child, kill, r) ->
                                            after(child, "@write", 1 + r.nextInt(3), 40, r));
                            return null;
                        });
        one.get();
        two.get();
        lanes.shutdown();
        long seconds = (System.currentTimeMillis() - started) / 1000;

        Path db = data.resolve("overturn.db");
        assertThat(DamageKinds.query(db, "PRAGMA integrity_check")).isEqualTo("ok");
        Set<Long> stored = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT id FROM case_file")) {
            while (rs.next()) {
                stored.add(rs.getLong(1));
            }
        }
        assertThat(stored).as("every case whose id was printed").containsAll(commands.printed);
        for (Path pdf : List.of(packet, written)) {
            assertThat(!Files.exists(pdf) || pages(pdf) > 0)
                    .as(pdf + " after the last kill: absent or whole")
                    .isTrue();
        }
        // Make sure a killed write has left its part, so the next export has one to clear (a few
        // tries at most).
        int tries = 0;
        while (parts(written.getParent()).isEmpty() && tries++ < 40) {
            Child child = new Child(writer);
            after(child, "@write", 1 + writeRandom.nextInt(2), 8, writeRandom);
            child.process.destroyForcibly();
            child.process.waitFor();
            child.reader.join();
        }
        int partsLeft = parts(out).size() + parts(written.getParent()).size();
        assertThat(partsLeft).as("parts left by killed writes").isPositive();

        CliRun.Result export =
                CliRun.run(
                        "--data-dir",
                        data.toString(),
                        "export",
                        "packet",
                        "1",
                        "--out",
                        packet.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(pages(packet)).isPositive();
        assertThat(parts(out)).as("parts killed exports left, after the next export").isEmpty();
        CliRun.Result again =
                CliRun.run(
                        "--data-dir",
                        data.toString(),
                        "export",
                        "packet",
                        "1",
                        "--out",
                        written.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(parts(written.getParent()))
                .as("parts killed writes left, after the next export")
                .isEmpty();
        CliRun.Result list = CliRun.run("--data-dir", data.toString(), "case", "list");
        assertThat(list.code()).as(list.err()).isZero();
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".part"));
        }

        int kills = commands.kills + writes.kills;
        System.out.printf(
                "Kill loop (%s scale, seed %d): %d kills in %d s: %d of import-and-export commands %s, "
                        + "%d of the exports' file writer %s; %d ids printed, all stored (%d cases in all); integrity ok; "
                        + "every packet whole or absent; %d part files left by killed writes (%d more kills to leave one), none "
                        + "after the next export%n",
                Scale.name(),
                seed,
                kills,
                seconds,
                commands.kills,
                commands.killedDuring,
                writes.kills,
                writes.killedDuring,
                commands.printed.size(),
                stored.size(),
                partsLeft,
                tries);
        assertThat(kills).as("kills within " + budget / 1000 + " s").isGreaterThanOrEqualTo(50);
        assertThat(commands.killedDuring.getOrDefault("import", 0))
                .as("kills during an import")
                .isPositive();
        assertThat(commands.killedDuring.getOrDefault("export", 0))
                .as("kills during an export")
                .isPositive();
        assertThat(writes.killedDuring.getOrDefault("write", 0))
                .as("kills while a file was written")
                .isPositive();
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    private static List<Path> parts(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
