package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.ClockCases;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanType;
import org.overturn.persistence.json.CaseJson;

/** Step 2 adds the next-deadline columns and fills them for cases stored before it. */
class NextDeadlineMigrationTest {

    @TempDir Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-26T10:00:00Z");

    private Path file() {
        return dir.resolve("overturn.db");
    }

    private static void insertAtVersionOne(Database db, long id, CaseFile c) throws Exception {
        try (Connection conn = db.connect();
                PreparedStatement ps =
                        conn.prepareStatement(
                                "INSERT INTO case_file "
                                        + "(id, created_at, updated_at, patient_name, status, doc) VALUES (?, 'x', 'x', ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, c.patient().name());
            ps.setString(3, c.status().id());
            ps.setString(4, new CaseJson().toStored(c));
            ps.executeUpdate();
        }
    }

    @Test
    void upgradingAVersionOneDatabaseFillsTheNextDeadlineOfEveryStoredCase() throws Exception {
        Database db = Database.openRaw(file());
        SchemaMigrator migrator = new SchemaMigrator(SchemaMigrator.builtInMigrations());
        migrator.migrateTo(db, 1);
        insertAtVersionOne(db, 1, ClockCases.erisa("Erisa", LocalDate.of(2026, 3, 2)));
        insertAtVersionOne(
                db,
                2,
                ClockCases.of(
                        "Medicaid",
                        PlanType.MEDICAID_MCO,
                        DenialType.CONCURRENT,
                        LocalDate.of(2026, 5, 1),
                        CaseStatus.DENIED));
        insertAtVersionOne(
                db,
                3,
                ClockCases.erisa("Closed", LocalDate.of(2026, 3, 2)).withStatus(CaseStatus.CLOSED));
        insertAtVersionOne(db, 4, CaseFile.newCase(Patient.named("No denial yet")));
        insertAtVersionOne(
                db,
                5,
                ClockCases.of(
                        "Other plan",
                        PlanType.OTHER,
                        DenialType.PRE_SERVICE,
                        LocalDate.of(2026, 3, 2),
                        CaseStatus.DENIED));

        migrator.migrate(db, new BackupService(dir.resolve("backups"), clock));

        assertThat(db.userVersion()).isEqualTo(SchemaMigrator.builtInMigrations().size());
        assertThat(row(1)).isEqualTo("appeal-file-by|File the internal appeal|2026-08-29");
        assertThat(row(2))
                .as("continued benefits: ten days after the notice")
                .isEqualTo(
                        "continued-benefits-by|Enrollee asks for benefits to continue|2026-05-11");
        assertThat(row(3)).as("a closed case has no open deadline").isEqualTo("||");
        assertThat(row(4)).isEqualTo("||");
        assertThat(row(5)).as("plan type other computes nothing").isEqualTo("||");
        assertThat(new BackupService(dir.resolve("backups"), clock).all())
                .as("backup before the upgrade")
                .hasSize(1);
    }

    @Test
    void aDocumentThatCannotBeReadKeepsEmptyColumnsAndTheUpgradeGoesThrough() throws Exception {
        Database db = Database.openRaw(file());
        SchemaMigrator migrator = new SchemaMigrator(SchemaMigrator.builtInMigrations());
        migrator.migrateTo(db, 1);
        try (Connection conn = db.connect();
                PreparedStatement ps =
                        conn.prepareStatement(
                                "INSERT INTO case_file "
                                        + "(id, created_at, updated_at, patient_name, status, doc) VALUES (7, 'x', 'x', 'A', 'denied', "
                                        + "'{\"unexpected\": true}')")) {
            ps.executeUpdate();
        }

        migrator.migrate(db, null);

        assertThat(db.userVersion()).isEqualTo(SchemaMigrator.builtInMigrations().size());
        assertThat(row(7)).isEqualTo("||");
    }

    private String row(long id) throws Exception {
        return DbFiles.query(
                file(),
                "SELECT coalesce(next_deadline_id, '') || '|' || coalesce(next_deadline_label, '') "
                        + "|| '|' || coalesce(next_deadline_due, '') FROM case_file WHERE id = "
                        + id);
    }
}
