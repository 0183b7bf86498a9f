package org.overturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.Patient;
import org.overturn.persistence.DatabaseCorruptException;
import org.overturn.persistence.DbFiles;
import org.overturn.persistence.MutableClock;

class StartupRecoveryTest {

    @TempDir Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
    private AppPaths paths;
    private CaseFile saved;
    private String damaged;

    /** A data folder with a case in a backup, whose database file has since been damaged. */
    @BeforeEach
    void damagedDatabaseWithABackup() throws Exception {
        paths = new AppPaths(dir.resolve("data"));
        CoreServices core = CoreServices.open(paths, clock);
        saved = core.cases().create(CaseFixtures.fullCase("Łukasz Żółć"));
        clock.advance(Duration.ofMinutes(1));
        core.backups().backupNow(core.database());
        Files.write(paths.database(), DbFiles.randomBytes(20_000, 11));
        damaged = DbFiles.sha256(paths.database());
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> CoreServices.open(paths, clock))
                .isInstanceOf(DatabaseCorruptException.class);
    }

    private List<Path> damagedCopies() throws Exception {
        try (var files = Files.list(paths.dataDir())) {
            return files.filter(
                            p ->
                                    p.getFileName().toString().startsWith("overturn.db.damaged-")
                                            && !p.getFileName().toString().endsWith("-wal")
                                            && !p.getFileName().toString().endsWith("-shm"))
                    .toList();
        }
    }

    @Test
    void restoreLatestPutsTheNewestBackupInPlaceAndKeepsTheDamagedFile() throws Exception {
        StartupRecovery recovery = new StartupRecovery(paths, clock);
        assertThat(recovery.latestBackup()).isPresent();

        CoreServices restored = recovery.restoreLatest();

        assertThat(restored.cases().find(saved.id().get())).contains(saved);
        assertThat(damagedCopies())
                .singleElement()
                .satisfies(p -> assertThat(DbFiles.sha256(p)).isEqualTo(damaged));
        // The restore is in the activity log, fingerprinted with the backup it came from (issue 13,
        // item 10).
        String backupSha = AuditTrail.sha256(recovery.latestBackup().orElseThrow());
        assertThat(restored.audit().recent(10))
                .anySatisfy(
                        e -> {
                            assertThat(e.action()).isEqualTo("restored");
                            assertThat(e.caseId()).isEmpty();
                            assertThat(e.sha256()).contains(backupSha);
                        });
    }

    @Test
    void restoreLatestWithoutAnyBackupSaysSoAndTouchesNothing() throws Exception {
        try (var files = Files.list(paths.backups())) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }

        assertThatThrownBy(() -> new StartupRecovery(paths, clock).restoreLatest())
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining("There is no backup");
        assertThat(DbFiles.sha256(paths.database())).isEqualTo(damaged);
        assertThat(damagedCopies()).isEmpty();
    }

    @Test
    void startElsewhereOpensANewDatabaseAndLeavesTheDamagedOneAlone() throws Exception {
        AppPaths other = new AppPaths(dir.resolve("elsewhere"));

        CoreServices fresh = new StartupRecovery(paths, clock).startElsewhere(other);

        assertThat(fresh.paths().database()).isEqualTo(other.database());
        assertThat(fresh.cases().count()).isZero();
        fresh.cases().create(CaseFile.newCase(Patient.named("Иван")));
        assertThat(DbFiles.sha256(paths.database())).isEqualTo(damaged);
        assertThat(damagedCopies()).isEmpty();
    }

    @Test
    void startElsewhereRefusesTheSameFolder() throws Exception {
        AppPaths same = new AppPaths(dir.resolve("data/../data"));

        assertThatThrownBy(() -> new StartupRecovery(paths, clock).startElsewhere(same))
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining("Choose a different folder")
                .hasMessageContaining(paths.dataDir().toString());
        assertThat(DbFiles.sha256(paths.database())).isEqualTo(damaged);
    }
}
