package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.store.PayerStore;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.shared.PostgresCaseStore;
import org.overturn.persistence.shared.PostgresPayerStore;

/**
 * The payer store contract on the shared store, against a real throwaway PostgreSQL server: each
 * test has its own database. The contract's store logs in as an admin, who keeps the directory;
 * clinicians and reviewers read it.
 */
@Tag("postgres")
class PayerStoreContractPostgresTest extends PayerStoreContract {

    private static SharedStoreServer server;

    private String db;

    @BeforeAll
    static void start() throws Exception {
        server = SharedStoreServer.start("payers");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PostgresPayerStore as(String login) {
        return new PostgresPayerStore(server.as(db, login));
    }

    @Override
    protected PayerStore open() throws Exception {
        db = server.newDatabase();
        return as(SharedStoreServer.ADMIN);
    }

    @Override
    protected PayerStore reopened() {
        return as(SharedStoreServer.ADMIN);
    }

    @Test
    void theEntryIsThePayerAsACaseFileCarriesItSoTheCasesListNamesIt() throws Exception {
        Payer saved = payers.save(CaseFixtures.payer("Cascade Mutual"));
        PostgresCaseStore cases =
                new PostgresCaseStore(
                        server.as(db, SharedStoreServer.CLINICIAN),
                        new CaseJson(),
                        MutableClock.at("2026-11-26T10:00:00Z"));
        CaseFile c = CaseFile.newCase(Patient.named("A B"));
        cases.create(c.withPlan(c.plan().withPayerId(saved.id())));

        String entry;
        try (Connection conn = server.owner(db);
                PreparedStatement ps =
                        conn.prepareStatement(
                                "SELECT entry::text FROM overturn.payer WHERE id = ?")) {
            ps.setLong(1, saved.id().orElseThrow());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                entry = rs.getString(1);
            }
        }

        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(entry))
                .isEqualTo(m.readTree(new CaseJson().export(c, Optional.of(saved))).get("payer"));
        assertThat(cases.summaries().get(0).payerName()).isEqualTo("Cascade Mutual");
    }

    @Test
    void aClinicianReadsTheDirectoryButTheDatabaseRefusesTheirChanges() {
        Payer saved = payers.save(Payer.named("Alpha"));
        PostgresPayerStore clinician = as(SharedStoreServer.CLINICIAN);
        PostgresPayerStore reviewer = as(SharedStoreServer.REVIEWER);

        assertThat(clinician.all()).containsExactly(saved);
        assertThat(reviewer.findByName("ALPHA")).contains(saved);
        assertThatThrownBy(() -> clinician.save(Payer.named("Beta")))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "You may read and change cases but not add a payer (your role is"
                                + " clinician).");
        assertThatThrownBy(() -> reviewer.save(new Payer(saved.id(), "Alpha", "x", "", "", "", "")))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "You may read cases and log calls but not change a payer (your role is"
                                + " reviewer).");
        assertThat(payers.all()).containsExactly(saved);
    }
}
