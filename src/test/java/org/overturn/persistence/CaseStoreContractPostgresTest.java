package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.StaleCaseException;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.shared.PgServer;
import org.overturn.persistence.shared.PostgresCaseStore;
import org.overturn.persistence.shared.SharedStoreSchema;

/**
 * The case store contract on the shared store, against a real throwaway PostgreSQL server: each
 * test has its own database, made by {@code store init}'s schema. The contract's store logs in as
 * an admin (deleting a case is an admin's right); the tests below it show what the database lets
 * clinicians and reviewers do, and two people saving the same case.
 */
@Tag("postgres")
class CaseStoreContractPostgresTest extends CaseStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PgServer server;

    private String db;

    @BeforeAll
    static void start() throws Exception {
        server = PgServer.start();
        // The group roles are the server's, made by the first init; the logins join them then.
        String first = server.newDatabase("contract_roles");
        try (Connection c = server.owner(first)) {
            SharedStoreSchema.init(c);
        }
        server.user("contract_admin", "admin-pw-1", "overturn_admin");
        server.user("clin_one", "clinician-pw-1", "overturn_clinician");
        server.user("clin_two", "clinician-pw-2", "overturn_clinician");
        server.user("rev_one", "reviewer-pw-1", "overturn_reviewer");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PostgresCaseStore as(String user, String password) {
        String database = db;
        return new PostgresCaseStore(
                () -> server.connect(database, user, password), new CaseJson(), clock);
    }

    @Override
    protected CaseStore open() throws Exception {
        db = server.newDatabase("contract_" + DATABASES.incrementAndGet());
        try (Connection c = server.owner(db)) {
            SharedStoreSchema.init(c);
        }
        return as("contract_admin", "admin-pw-1");
    }

    @Override
    protected CaseStore reopened() {
        return as("contract_admin", "admin-pw-1");
    }

    @Override
    protected long addPayer(String name) throws Exception {
        try (Connection c = server.owner(db);
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO overturn.payer (entry) VALUES (jsonb_build_object('name', ?::text))"
                                        + " RETURNING id")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    protected CaseFile createImported(CaseFile c, String sha256) {
        return ((PostgresCaseStore) cases).createImported(c, sha256);
    }

    @Override
    protected Instant stampNow() {
        return Instant.now();
    }

    @Test
    void ofTwoCliniciansSavingTheSameCaseTheSecondIsRefusedAndShownTheFirstsVersion() {
        PostgresCaseStore one = as("clin_one", "clinician-pw-1");
        PostgresCaseStore two = as("clin_two", "clinician-pw-2");
        long id = one.create(sample(0)).id().orElseThrow();
        CaseFile openedByOne = one.find(id).orElseThrow();
        CaseFile openedByTwo = two.find(id).orElseThrow();

        CaseFile ones = openedByOne.withStatus(CaseStatus.APPEAL_DRAFTED);
        one.update(ones);
        CaseFile twos = openedByTwo.withPatient(Patient.named("Daniela Reyes"));

        assertThatThrownBy(() -> two.update(twos))
                .isInstanceOfSatisfying(
                        StaleCaseException.class,
                        e -> {
                            assertThat(e.caseId()).isEqualTo(id);
                            assertThat(e.stored()).contains(ones);
                            assertThat(e.getMessage())
                                    .isEqualTo(
                                            "Case "
                                                    + id
                                                    + " was saved by someone else after you opened"
                                                    + " it; your changes were not saved.");
                        });
        assertThat(two.find(id)).contains(ones);

        // Having read the first's version, the second may save over it, and the first is now
        // the one behind.
        CaseFile merged = ones.withPatient(Patient.named("Daniela Reyes"));
        two.update(merged);
        assertThatThrownBy(() -> one.update(ones.withStatus(CaseStatus.CLOSED)))
                .isInstanceOf(StaleCaseException.class);
        assertThat(reopened().find(id)).contains(merged);
    }

    @Test
    void aSaveOfACaseDeletedSinceItWasOpenedIsRefusedWithNothingStored() {
        PostgresCaseStore clinician = as("clin_one", "clinician-pw-1");
        CaseFile c = clinician.create(sample(1));
        assertThat(cases.delete(c.id().orElseThrow())).isTrue();

        assertThatThrownBy(() -> clinician.update(c.withStatus(CaseStatus.CLOSED)))
                .isInstanceOfSatisfying(
                        StaleCaseException.class, e -> assertThat(e.stored()).isEmpty());
        assertThat(cases.count()).isZero();
    }

    @Test
    void aSaveOfACaseThisStoreNeverReadIsRefused() {
        CaseFile c = cases.create(sample(2));
        PostgresCaseStore other = as("clin_one", "clinician-pw-1");

        assertThatThrownBy(() -> other.update(c.withStatus(CaseStatus.CLOSED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read it before saving it");
        assertThat(other.find(c.id().orElseThrow())).contains(c);
    }

    @Test
    void aReviewerMayReadACaseButTheDatabaseRefusesTheirSave() {
        CaseFile c = cases.create(sample(0));
        PostgresCaseStore reviewer = as("rev_one", "reviewer-pw-1");
        CaseFile read = reviewer.find(c.id().orElseThrow()).orElseThrow();
        assertThat(read).isEqualTo(c);
        assertThat(reviewer.summaries()).hasSize(1);

        assertThatThrownBy(() -> reviewer.update(read.withStatus(CaseStatus.CLOSED)))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "You may read cases and log calls but not change this case (your role is"
                                + " reviewer).");
        assertThatThrownBy(() -> reviewer.create(sample(1)))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "You may read cases and log calls but not add a case (your role is"
                                + " reviewer).");
        assertThat(cases.find(c.id().orElseThrow())).contains(c);
        assertThat(cases.count()).isEqualTo(1);
    }

    @Test
    void aClinicianMayChangeACaseButNotDeleteIt() {
        PostgresCaseStore clinician = as("clin_one", "clinician-pw-1");
        CaseFile c = clinician.create(sample(3));
        clinician.update(c.withStatus(CaseStatus.P2P_HELD));

        assertThatThrownBy(() -> clinician.delete(c.id().orElseThrow()))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "You may read and change cases but not delete a case (your role is"
                                + " clinician).");
        assertThat(cases.count()).isEqualTo(1);
    }

    private static CallLog call(String id, String at, CallOutcome outcome, String notes) {
        return new CallLog(
                id,
                LocalDateTime.parse(at),
                "Dr. K. Alvarez",
                "MD",
                "family medicine",
                Optional.empty(),
                Optional.of(false),
                Optional.empty(),
                outcome,
                "REF-1",
                notes);
    }

    /** The audit rows of a case: who, which table, what, which sections. */
    private List<String> audit(long id) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = server.owner(db);
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT db_user || ' ' || table_name || ' ' || action || ' '"
                                        + " || array_to_string(sections, ',') FROM overturn.audit"
                                        + " WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private String owners(String sql, long id) throws Exception {
        try (Connection c = server.owner(db);
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void aReviewerLogsChangesAndRemovesACallWhichAClinicianReadsAndTheAuditNamesTheReviewer()
            throws Exception {
        long id = cases.create(sample(0)).id().orElseThrow();
        PostgresCaseStore reviewer = as("rev_one", "reviewer-pw-1");
        CaseFile read = reviewer.find(id).orElseThrow();
        List<String> before = audit(id);

        CallLog logged =
                call("call-a", "2026-11-14T09:30:00", CallOutcome.UPHELD, "Asked for notes.");
        CaseFile withCall = read.withCall(logged);
        reviewer.update(withCall);

        PostgresCaseStore clinician = as("clin_one", "clinician-pw-1");
        CaseFile seen = clinician.find(id).orElseThrow();
        assertThat(seen).isEqualTo(withCall);
        assertThat(seen.calls()).containsExactly(logged);
        assertThat(seen.timeline()).contains(logged.timelineEvent());
        assertThat(audit(id)).hasSize(before.size() + 1).endsWith("rev_one call_log INSERT calls");
        assertThat(owners("SELECT version::text FROM overturn.case_file WHERE id = ?", id))
                .as("the case itself is not saved")
                .isEqualTo("1");
        assertThat(
                        owners(
                                "SELECT jsonb_array_length(document -> 'calls')::text FROM"
                                        + " overturn.case_file WHERE id = ?",
                                id))
                .isEqualTo("0");
        assertThat(
                        owners(
                                "SELECT p2p_calls::text FROM overturn.case_outcome_fact WHERE case_id = ?",
                                id))
                .as("the payer report counts it")
                .isEqualTo("1");

        CallLog changed =
                call("call-a", "2026-11-14T09:30:00", CallOutcome.OVERTURNED, "Overturned.");
        reviewer.update(withCall.withCall(changed));
        assertThat(clinician.find(id).orElseThrow().calls()).containsExactly(changed);

        reviewer.update(read);
        assertThat(clinician.find(id)).contains(read);
        assertThat(audit(id))
                .endsWith(
                        "rev_one call_log INSERT calls",
                        "rev_one call_log UPDATE calls",
                        "rev_one call_log DELETE calls");
    }

    @Test
    void aReviewersEditOfAnythingButCallsIsStillRefusedWithNothingStored() {
        long id = cases.create(sample(0)).id().orElseThrow();
        PostgresCaseStore reviewer = as("rev_one", "reviewer-pw-1");
        CaseFile read = reviewer.find(id).orElseThrow();

        CaseFile edited =
                read.withCall(call("call-b", "2026-11-14T09:30:00", CallOutcome.UPHELD, ""))
                        .withStatus(CaseStatus.CLOSED);
        assertThatThrownBy(() -> reviewer.update(edited))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "You may read cases and log calls but not change this case (your role is"
                                + " reviewer).");
        assertThat(cases.find(id)).contains(read);
    }

    @Test
    void aCliniciansEditAndAReviewersCallMadeAtTheSameTimeBothSurvive() {
        long id = cases.create(sample(0)).id().orElseThrow();
        PostgresCaseStore clinician = as("clin_one", "clinician-pw-1");
        PostgresCaseStore reviewer = as("rev_one", "reviewer-pw-1");
        CaseFile clinicians = clinician.find(id).orElseThrow();
        CaseFile reviewers = reviewer.find(id).orElseThrow();

        CallLog logged = call("call-c", "2026-11-14T09:30:00", CallOutcome.UPHELD, "");
        reviewer.update(reviewers.withCall(logged));
        clinician.update(clinicians.withStatus(CaseStatus.APPEAL_DRAFTED));

        CaseFile stored = reopened().find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(CaseStatus.APPEAL_DRAFTED);
        assertThat(stored.calls()).containsExactly(logged);
        assertThat(stored)
                .isEqualTo(clinicians.withStatus(CaseStatus.APPEAL_DRAFTED).withCall(logged));

        // The clinician saves again from what they had: the reviewer's call is still kept.
        clinician.update(clinicians.withStatus(CaseStatus.CLOSED));
        assertThat(reopened().find(id).orElseThrow().calls()).containsExactly(logged);
    }

    @Test
    void twoPeopleChangingTheSameCallTheSecondIsRefusedAndShownTheFirsts() {
        long id = cases.create(sample(0)).id().orElseThrow();
        CallLog logged = call("call-d", "2026-11-14T09:30:00", CallOutcome.PENDING, "");
        PostgresCaseStore clinician = as("clin_one", "clinician-pw-1");
        CaseFile base = clinician.find(id).orElseThrow();
        clinician.update(base.withCall(logged));
        PostgresCaseStore reviewer = as("rev_one", "reviewer-pw-1");
        CaseFile clinicians = clinician.find(id).orElseThrow();
        CaseFile reviewers = reviewer.find(id).orElseThrow();

        CaseFile first =
                reviewers.withCall(
                        call("call-d", "2026-11-14T09:30:00", CallOutcome.UPHELD, "Upheld."));
        reviewer.update(first);
        CaseFile second =
                clinicians.withCall(
                        call("call-d", "2026-11-14T09:30:00", CallOutcome.PARTLY, "Partly."));
        assertThatThrownBy(() -> clinician.update(second))
                .isInstanceOfSatisfying(
                        StaleCaseException.class, e -> assertThat(e.stored()).contains(first));
        assertThat(reopened().find(id)).contains(first);

        // A removal of a call someone else changed since is refused too.
        assertThatThrownBy(() -> clinician.update(base)).isInstanceOf(StaleCaseException.class);
        assertThat(reopened().find(id)).contains(first);

        // Having read it again, the clinician may change it.
        clinician.find(id);
        clinician.update(second);
        assertThat(reopened().find(id)).contains(second);
    }
}
