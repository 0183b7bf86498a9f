package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.security.Checksums;
import org.overturn.domain.store.DocumentStore;
import org.overturn.persistence.json.CaseJson;

class SqliteDocumentStoreTest {

    @TempDir Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-26T10:00:00Z");
    private Database db;
    private SqliteDocumentStore store;
    private long caseId;

    @BeforeEach
    void open() {
        db =
                Database.open(
                        dir.resolve("overturn.db"),
                        new BackupService(dir.resolve("backups"), clock));
        store = new SqliteDocumentStore(db, clock);
        caseId =
                new SqliteCaseRepository(db, new CaseJson(), clock)
                        .create(CaseFile.newCase(Patient.named("A B")))
                        .id()
                        .orElseThrow();
    }

    @Test
    void bytesComeBackExactlyWithTheirChecksum() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xFF, 37};

        String sha = store.put(caseId, "d1", DocumentStore.Role.ENCLOSURE, "x.pdf", bytes);

        assertThat(sha).isEqualTo(Checksums.sha256(bytes)).hasSize(64);
        assertThat(store.get("d1")).hasValueSatisfying(b -> assertThat(b).containsExactly(bytes));
        assertThat(store.get("nope")).isEmpty();
    }

    @Test
    void aDamagedCopyIsReportedNotReturned() {
        store.put(caseId, "d1", DocumentStore.Role.SUBMISSION, "sent.pdf", new byte[] {1, 2, 3});
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "UPDATE case_document SET bytes = ? WHERE id = 'd1'")) {
                        ps.setBytes(1, new byte[] {9, 9, 9});
                        return ps.executeUpdate();
                    }
                });

        assertThatThrownBy(() -> store.get("d1"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("sent.pdf is damaged");
    }

    @Test
    void deletingTheCaseDeletesItsDocuments() {
        store.put(caseId, "d1", DocumentStore.Role.ENCLOSURE, "x.pdf", new byte[] {1});

        new SqliteCaseRepository(db, new CaseJson(), clock).delete(caseId);

        assertThat(store.count(caseId)).isZero();
    }

    @Test
    void thePracticeProfileRoundTripsWithItsImages() {
        SqliteProfileRepository profiles = new SqliteProfileRepository(db);
        assertThat(profiles.load()).isEqualTo(PracticeProfile.empty());
        PracticeProfile p =
                new PracticeProfile(
                        "Harborview IOP",
                        "1 Main St\nTown, CA",
                        "555",
                        "556",
                        List.of(
                                new Clinician(
                                        "Maya Lindqvist",
                                        "MD",
                                        true,
                                        "1234567893",
                                        "555",
                                        "",
                                        "maya@example.org"),
                                Clinician.named("Jo Park", "LCSW", false)),
                        Optional.of(
                                new PracticeProfile.ProfileImage("logo.png", new byte[] {1, 2})),
                        Optional.of(new PracticeProfile.ProfileImage("sig.png", new byte[] {3})));

        profiles.save(p);
        profiles.save(p.withSignature(Optional.empty()));

        assertThat(profiles.load()).isEqualTo(p.withSignature(Optional.empty()));
    }
}
