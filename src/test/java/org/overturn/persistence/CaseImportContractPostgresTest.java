package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.overturn.domain.cases.Payer;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.shared.PostgresCaseStore;
import org.overturn.persistence.shared.PostgresDocumentStore;
import org.overturn.persistence.shared.PostgresPayerStore;

/**
 * The import contract on the shared store, against a real throwaway PostgreSQL server: each test
 * has its own database. The contract's stores log in as an admin, who may add payers; below it,
 * what a clinician's and a reviewer's imports may do, since only admins keep the payer directory.
 */
@Tag("postgres")
class CaseImportContractPostgresTest extends CaseImportContract {

    private static SharedStoreServer server;

    private String db;

    @BeforeAll
    static void start() throws Exception {
        server = SharedStoreServer.start("imports");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PostgresCaseStore casesAs(String login) {
        return new PostgresCaseStore(server.as(db, login), new CaseJson(), clock);
    }

    @Override
    protected void open() throws Exception {
        db = server.newDatabase();
        cases = casesAs(SharedStoreServer.ADMIN);
        payers = new PostgresPayerStore(server.as(db, SharedStoreServer.ADMIN));
        documents = new PostgresDocumentStore(server.as(db, SharedStoreServer.ADMIN));
    }

    private int rows(String table) throws Exception {
        try (Connection c = server.owner(db);
                PreparedStatement ps =
                        c.prepareStatement("SELECT count(*) FROM overturn." + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aCliniciansImportNamingAPayerNotInTheDirectoryIsRefusedAndStoresNothing()
            throws Exception {
        PostgresCaseStore clinician = casesAs(SharedStoreServer.CLINICIAN);
        String sha = sha("a clinician's bundle");

        assertThatThrownBy(
                        () ->
                                clinician.importWithDocuments(
                                        sample(0),
                                        Optional.of(CaseFixtures.payer("Unknown Health Plan")),
                                        Optional.of(sha),
                                        twoDocuments()))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "Nothing was imported: the payer \"Unknown Health Plan\" is not in the"
                                + " shared payer directory, and an administrator must add it to"
                                + " the payer directory first.");

        assertThat(cases.count()).isZero();
        assertThat(payers.all()).isEmpty();
        assertThat(cases.importedFrom(sha)).isEmpty();
        assertThat(documents.exists("enc-1")).isFalse();
        assertThat(
                        rows("case_file")
                                + rows("case_document")
                                + rows("payer")
                                + rows("import_source"))
                .isZero();
    }

    @Test
    void aCliniciansImportNamingAPayerInTheDirectoryIsMatchedToIt() {
        Payer known = payers.save(CaseFixtures.payer("Cascade Mutual"));
        PostgresCaseStore clinician = casesAs(SharedStoreServer.CLINICIAN);

        CaseFile stored =
                clinician.importWithDocuments(
                        sample(0),
                        Optional.of(Payer.named("cascade mutual")),
                        Optional.of(sha("bundle")),
                        twoDocuments());

        assertThat(stored.plan().payerId()).isEqualTo(known.id());
        assertThat(payers.all()).containsExactly(known);
        assertThat(documents.count(stored.id().orElseThrow())).isEqualTo(2);
        assertThat(cases.importedFrom(sha("bundle"))).isEqualTo(stored.id());
    }

    @Test
    void anAdminsImportNamingAPayerNotInTheDirectoryAddsIt() {
        CaseFile stored =
                cases.importCase(
                        sample(1),
                        Optional.of(CaseFixtures.payer("Unknown Health Plan")),
                        Optional.empty());

        Payer added = payers.findByName("Unknown Health Plan").orElseThrow();
        assertThat(stored.plan().payerId()).isEqualTo(added.id());
        assertThat(added)
                .isEqualTo(CaseFixtures.payer("Unknown Health Plan").withId(added.id().get()));
    }

    @Test
    void aReviewersImportIsRefusedWithTheirRole() throws Exception {
        PostgresCaseStore reviewer = casesAs(SharedStoreServer.REVIEWER);

        assertThatThrownBy(() -> reviewer.importCase(sample(1), Optional.empty(), Optional.empty()))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "You may read cases and log calls but not import a case (your role is"
                                + " reviewer).");
        assertThat(rows("case_file")).isZero();
    }
}
