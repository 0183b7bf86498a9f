package org.overturn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.core.SampleCases;

/**
 * Issue 13, "keep it proven": a data folder on a small file system that fills up. An import on a
 * full disk says so in one line and changes nothing; a day's backup that does not fit does not stop
 * {@code case list} and leaves no part file. The file system is a 4 MB tmpfs mounted in a mount
 * namespace of the test's own ({@code unshare -rm}), so nothing on the machine is touched; where
 * the machine does not allow that, the test is skipped and says why.
 */
@Tag("reliability")
@Timeout(300)
class DiskFullTest {

    @TempDir Path dir;

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void aFullDiskIsNamedInOneLineAndAFailedBackupBlocksNothing() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/unshare")), "no unshare on this machine");
        Path scratch = Files.createDirectories(dir.resolve("tmp"));
        Path mount = Files.createDirectories(dir.resolve("small"));
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Path caseFile =
                Files.writeString(
                        dir.resolve("case.json"), SampleCases.text(SampleCases.ALL.get(0)));
        String app =
                ChildJvm.overturn(scratch).stream()
                        .map(DiskFullTest::quote)
                        .collect(Collectors.joining(" "));

        String script =
                String.join(
                        "\n",
                        "set -u",
                        "T="
                                + quote(mount.toString())
                                + "; W="
                                + quote(dir.toString())
                                + "; D=\"$T/data\"",
                        "mount -t tmpfs -o size=4m tmpfs \"$T\" 2>\"$W/mount.err\" || { echo '@nomount'; exit 0; }",
                        "run() { name=$1; shift; "
                                + app
                                + " --data-dir \"$D\" \"$@\" >\"$W/$name.out\" 2>\"$W/$name.err\"; "
                                + "echo \"@$name $?\"; }",
                        "for i in 1 2 3 4; do run import-$i case import --allow-duplicate "
                                + quote(caseFile.toString())
                                + "; done",
                        // No byte left at all.
                        "dd if=/dev/zero of=\"$T/filler\" bs=4096 >/dev/null 2>&1",
                        "echo \"@free $(df --output=avail -B1 \"$T\" | tail -1)\"",
                        "run full-import case import --allow-duplicate "
                                + quote(caseFile.toString()),
                        "run full-list case list",
                        // Room to work, not for the day's copy of the database.
                        "rm -f \"$T/filler\" \"$D\"/backups/overturn-daily-*.db",
                        "size=$(stat -c %s \"$D/overturn.db\"); avail=$(df --output=avail -B1 \"$T\" | tail -1)",
                        "fallocate -l $((avail - size / 2)) \"$T/filler\" 2>/dev/null || "
                                + "dd if=/dev/zero of=\"$T/filler\" bs=1 count=0 seek=$((avail - size / 2)) >/dev/null 2>&1",
                        "echo \"@free $(df --output=avail -B1 \"$T\" | tail -1) @db $size\"",
                        "run nobackup-list case list",
                        "ls -a \"$D/backups\" > \"$W/backups-after.txt\"",
                        // With the day's backup in place: room to open the database (its
                        // shared-memory file), not for the
                        // import's pages.
                        "rm -f \"$T/filler\"",
                        "run backup-list case list",
                        "avail=$(df --output=avail -B1 \"$T\" | tail -1)",
                        "fallocate -l $((avail - 64 * 1024)) \"$T/filler\" 2>/dev/null || "
                                + "dd if=/dev/zero of=\"$T/filler\" bs=1 count=0 seek=$((avail - 64 * 1024)) >/dev/null 2>&1",
                        "run tight-import case import --allow-duplicate "
                                + quote(caseFile.toString()),
                        "rm -f \"$T/filler\"",
                        "run after-list case list",
                        "cp \"$D\"/overturn.db* " + quote(copy.toString()) + "/",
                        "umount \"$T\"");
        Path sh = Files.writeString(dir.resolve("disk-full.sh"), script + "\n");
        Process p =
                new ProcessBuilder("/usr/bin/unshare", "-rm", "/bin/sh", sh.toString())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeFalse(
                out.contains("@nomount") || p.exitValue() != 0 && !out.contains("@import-1"),
                "this machine does not allow a tmpfs in a user and mount namespace (unshare -rm): "
                        + out.strip()
                        + " "
                        + read("mount.err"));

        Map<String, Integer> exits = new LinkedHashMap<>();
        Matcher m = Pattern.compile("@([a-z0-9-]+) (\\d+)").matcher(out);
        while (m.find()) {
            exits.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        for (int i = 1; i <= 4; i++) {
            assertThat(exits.get("import-" + i))
                    .as("import %d: %s", i, read("import-" + i + ".err"))
                    .isZero();
        }
        List<String> failures = new ArrayList<>();

        // An import on a disk with no byte left.
        String importErr = read("full-import.err");
        if (exits.get("full-import") == 0) {
            failures.add("the import on a full disk reported success");
        }
        Refusals.problem(importErr)
                .ifPresent(pr -> failures.add("import on a full disk: " + pr + " | " + importErr));
        if (!importErr.contains("disk is full")) {
            failures.add("import on a full disk does not say the disk is full: " + importErr);
        }
        // An import with room to open the database but not to write the case.
        String tightErr = read("tight-import.err");
        if (exits.get("tight-import") == 0) {
            failures.add(
                    "the import with 64 KB free reported success (the test needs it not to fit)");
        }
        Refusals.problem(tightErr)
                .ifPresent(pr -> failures.add("import with 64 KB free: " + pr + " | " + tightErr));
        if (!tightErr.contains("disk is full")) {
            failures.add("import with 64 KB free does not say the disk is full: " + tightErr);
        }
        // Listing on a disk with no byte left: works, or says the disk is full.
        String listErr = read("full-list.err");
        if (exits.get("full-list") != 0
                && (!listErr.contains("disk is full") || Refusals.problem(listErr).isPresent())) {
            failures.add("case list on a full disk: " + listErr);
        }
        // The day's backup does not fit: the list works and no part file is left.
        if (exits.get("nobackup-list") != 0 || !read("nobackup-list.out").contains("Daniela")) {
            failures.add(
                    "a day's backup that did not fit blocked case list: "
                            + read("nobackup-list.err"));
        }
        String backupsAfter = read("backups-after.txt");
        if (backupsAfter.contains(".part")) {
            failures.add("a part file was left in the backups: " + backupsAfter);
        }
        String nobackupErr = read("nobackup-list.err");
        if (!nobackupErr.isBlank()
                && (nobackupErr.strip().contains("\n") || !nobackupErr.contains("disk is full"))) {
            failures.add(
                    "the warning about the missing backup is not one line naming the full disk: "
                            + nobackupErr);
        }
        assertThat(exits.get("after-list")).as(read("after-list.err")).isZero();
        assertThat(DamageKinds.query(copy.resolve("overturn.db"), "PRAGMA integrity_check"))
                .isEqualTo("ok");
        assertThat(DamageKinds.query(copy.resolve("overturn.db"), "SELECT count(*) FROM case_file"))
                .isEqualTo("4");

        System.out.printf(
                "Disk full (4 MB tmpfs): import with 64 KB free -> exit %d: %s | import on a full disk -> "
                        + "exit %d: %s | case list on a full disk -> "
                        + "exit %d %s | day's backup that does not fit -> case list exit %d, warning: %s, part files left: %s "
                        + "| 4 cases, integrity ok%n",
                exits.get("tight-import"),
                tightErr.strip(),
                exits.get("full-import"),
                importErr.strip(),
                exits.get("full-list"),
                listErr.strip(),
                exits.get("nobackup-list"),
                nobackupErr.strip(),
                backupsAfter.contains(".part") ? "yes" : "none");
        assertThat(failures).isEmpty();
    }

    private String read(String name) throws Exception {
        Path f = dir.resolve(name);
        return Files.exists(f) ? Files.readString(f) : "";
    }
}
