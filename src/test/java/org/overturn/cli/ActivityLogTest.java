package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.core.AuditTrail;

/**
 * Issue 13, item 10: every export, print, submission, backup and restore leaves a line; no health
 * information in it.
 */
class ActivityLogTest {

    @TempDir Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private String importSample(String name) throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/org/overturn/samples/" + name)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        CliRun.Result r =
                CliRun.run("--data-dir", data().toString(), "case", "import", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        return lines.get(lines.size() - 1).trim();
    }

    private List<String[]> rows() throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:sqlite:" + data().resolve("overturn.db"));
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "SELECT at, os_user, case_id, action, sha256 FROM audit ORDER BY id")) {
            while (rs.next()) {
                out.add(
                        new String[] {
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5)
                        });
            }
        }
        return out;
    }

    @Test
    void exportsLeaveOneLineEachWithTheFilesHashAndNoHealthInformation() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json");
        Path packet = dir.resolve("Daniela Reyes-Whitford packet.pdf");
        Path sheet = dir.resolve("Daniela Reyes-Whitford p2p.pdf");
        assertThat(
                        CliRun.run(
                                        "--data-dir",
                                        data().toString(),
                                        "export",
                                        "packet",
                                        id,
                                        "--out",
                                        packet.toString())
                                .code())
                .isZero();
        assertThat(
                        CliRun.run(
                                        "--data-dir",
                                        data().toString(),
                                        "export",
                                        "p2p",
                                        id,
                                        "--out",
                                        sheet.toString())
                                .code())
                .isZero();

        List<String[]> rows = rows();
        List<String[]> exports = rows.stream().filter(r -> r[3].endsWith("-exported")).toList();
        assertThat(exports)
                .extracting(r -> r[3])
                .containsExactly("packet-exported", "p2p-sheet-exported");
        assertThat(exports.get(0)[2]).isEqualTo(id);
        assertThat(exports.get(0)[4]).isEqualTo(AuditTrail.sha256(packet));
        assertThat(exports.get(1)[4]).isEqualTo(AuditTrail.sha256(sheet));
        assertThat(exports.get(0)[1]).isEqualTo(System.getProperty("user.name"));
        // The first open of the folder took the day's backup: logged too, about no case.
        assertThat(rows)
                .anySatisfy(
                        r -> {
                            assertThat(r[3]).isEqualTo("backup-written");
                            assertThat(r[2]).isNull();
                            assertThat(r[4]).hasSize(64);
                        });
        String all =
                String.join(
                        "|",
                        rows.stream()
                                .map(
                                        r ->
                                                String.join(
                                                        ",",
                                                        Arrays.stream(r)
                                                                .map(String::valueOf)
                                                                .toList()))
                                .toList());
        assertThat(all).doesNotContain("Reyes", "CMH-448120377", "packet.pdf", dir.toString());

        CliRun.Result shown = CliRun.run("--data-dir", data().toString(), "activity");
        assertThat(shown.code()).as(shown.err()).isZero();
        List<String> lines = shown.out().lines().toList();
        assertThat(lines.get(0)).startsWith("WHEN").contains("USER", "CASE", "WHAT", "SHA-256");
        assertThat(lines.get(1))
                .contains("Peer-to-peer prep sheet exported", AuditTrail.sha256(sheet));
        assertThat(lines.get(2)).contains("Appeal packet exported");
        assertThat(
                        CliRun.run("--data-dir", data().toString(), "activity", "--limit", "1")
                                .out()
                                .lines())
                .hasSize(2);
    }

    @Test
    void anEncryptedBackupAndARestoreAreLoggedTooInTheDatabaseAsItIsAfterwards() throws Exception {
        importSample("mh-iop-concurrent-erisa.json");
        Path password = Files.writeString(dir.resolve("pw.txt"), "river stone 2026\n");
        Path backup = dir.resolve("backup.ovb");
        assertThat(
                        CliRun.run(
                                        "--data-dir",
                                        data().toString(),
                                        "backup",
                                        "--out",
                                        backup.toString(),
                                        "--password-file",
                                        password.toString())
                                .code())
                .isZero();
        assertThat(rows())
                .anySatisfy(
                        r -> {
                            assertThat(r[3]).isEqualTo("encrypted-backup-written");
                            assertThat(r[4]).isEqualTo(AuditTrail.sha256(backup));
                        });

        CliRun.Result restore =
                CliRun.run(
                        "--data-dir",
                        data().toString(),
                        "restore",
                        "--from",
                        backup.toString(),
                        "--password-file",
                        password.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        List<String[]> after = rows();
        // The restored database holds the lines up to its backup, then the restore itself.
        assertThat(after.get(after.size() - 1)[3]).isEqualTo("restored");
        assertThat(after.get(after.size() - 1)[4]).hasSize(64);
        assertThat(after).noneMatch(r -> r[3].equals("encrypted-backup-written"));
    }

    @Test
    void theLogIsNeverChangedOrCutShort() throws Exception {
        importSample("mh-iop-concurrent-erisa.json");
        assertThat(rows()).isNotEmpty();
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:sqlite:" + data().resolve("overturn.db"));
                Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit SET os_user = 'someone else'"))
                    .hasMessageContaining("never changed");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit"))
                    .hasMessageContaining("never changed");
        }
    }

    @Test
    void aLimitOutOfRangeIsRefusedInOneLine() {
        CliRun.Result r = CliRun.run("--data-dir", data().toString(), "activity", "--limit", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("--limit must be between 1 and 100000");
    }
}
