package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.json.ImportedCase;

class SqliteCaseRepositoryTest {

    @TempDir Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-26T10:00:00Z");
    private Database db;
    private SqliteCaseRepository cases;
    private SqlitePayerRepository payers;

    @BeforeEach
    void open() {
        db =
                Database.open(
                        dir.resolve("overturn.db"),
                        new BackupService(dir.resolve("backups"), clock));
        cases = new SqliteCaseRepository(db, new CaseJson(), clock);
        payers = new SqlitePayerRepository(db);
    }

    /** A fresh repository over the same file, so nothing can come from memory. */
    private SqliteCaseRepository reopened() {
        Database again = Database.open(db.file(), new BackupService(dir.resolve("backups"), clock));
        return new SqliteCaseRepository(again, new CaseJson(), clock);
    }

    @Test
    void createAssignsAnIdAndFindReturnsEverything() {
        CaseFile original = CaseFixtures.fullCase("Case text");

        CaseFile stored = cases.create(original);

        assertThat(stored.id()).isPresent();
        assertThat(reopened().find(stored.id().get())).contains(stored);
        assertThat(stored).isEqualTo(original.withId(stored.id().get()));
        assertThat(cases.count()).isEqualTo(1);
    }

    @Test
    void theCasesListIsAnsweredFromItsIndexWithoutReadingAnyCaseDocument() {
        String plan =
                db.read(
                        conn -> {
                            StringBuilder sb = new StringBuilder();
                            try (var st = conn.createStatement();
                                    var rs =
                                            st.executeQuery(
                                                    "EXPLAIN QUERY PLAN "
                                                            + SqliteCaseRepository.SUMMARIES)) {
                                while (rs.next()) {
                                    sb.append(rs.getString("detail")).append('\n');
                                }
                            }
                            return sb.toString();
                        });

        assertThat(plan).contains("SCAN c USING COVERING INDEX case_file_list");
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertThat(cases.find(999)).isEmpty();
    }

    @Test
    void updateSavesEveryPart() {
        CaseFile stored = cases.create(CaseFile.newCase(Patient.named("First Name")));
        CaseFile changed =
                CaseFixtures.fullCase("Changed")
                        .withId(stored.id().get())
                        .withStatus(CaseStatus.P2P_HELD);

        cases.update(changed);

        assertThat(reopened().find(stored.id().get())).contains(changed);
        assertThat(cases.count()).isEqualTo(1);
    }

    @Test
    void updateOfACaseNotStoredIsRefused() {
        assertThatThrownBy(() -> cases.update(CaseFile.newCase(Patient.named("A"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cases.update(CaseFile.newCase(Patient.named("A")).withId(77)))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("77");
        assertThat(cases.count()).isZero();
    }

    @Test
    void deleteRemovesOnlyThatCase() {
        CaseFile a = cases.create(CaseFile.newCase(Patient.named("A")));
        CaseFile b = cases.create(CaseFile.newCase(Patient.named("B")));

        assertThat(cases.delete(a.id().get())).isTrue();
        assertThat(cases.delete(a.id().get())).isFalse();

        assertThat(cases.find(a.id().get())).isEmpty();
        assertThat(cases.find(b.id().get())).contains(b);
        assertThat(cases.count()).isEqualTo(1);
    }

    @Test
    void summariesListNewestFirstWithTheListedColumns() {
        Payer payer = payers.save(CaseFixtures.payer("Cascade Mutual"));
        CaseFile full = CaseFixtures.fullCase("Full");
        PlanFacts plan = full.plan();
        CaseFile first =
                cases.create(
                        full.withPlan(
                                new PlanFacts(
                                        plan.planType(),
                                        payer.id(),
                                        plan.planName(),
                                        plan.issuedState(),
                                        plan.employerSponsored())));
        clock.advance(Duration.ofMinutes(3));
        CaseFile second = cases.create(CaseFile.newCase(Patient.named("Bare")));

        List<CaseSummary> rows = cases.summaries();

        assertThat(rows)
                .extracting(CaseSummary::id)
                .containsExactly(second.id().get(), first.id().get());
        CaseSummary bare = rows.get(0);
        assertThat(bare.patientName()).isEqualTo("Bare");
        assertThat(bare.payerName()).isEmpty();
        assertThat(bare.planType()).isEmpty();
        assertThat(bare.levelOfCare()).isEmpty();
        assertThat(bare.denialDate()).isEmpty();
        assertThat(bare.updatedAt()).isEqualTo(Instant.parse("2026-11-26T10:03:00Z"));
        CaseSummary row = rows.get(1);
        assertThat(row.patientName()).isEqualTo("Full");
        assertThat(row.payerName()).isEqualTo("Cascade Mutual");
        assertThat(row.planType()).contains(PlanType.ERISA_INSURED);
        assertThat(row.levelOfCare()).contains(LevelOfCare.IOP_CO_OCCURRING);
        assertThat(row.status()).isEqualTo(CaseStatus.APPEAL_DRAFTED);
        assertThat(row.denialDate())
                .as("the phoned date, before the letter's")
                .contains(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aTextHoldingTheListsOwnSeparatorIsListedExactlyAndSoAreItsNeighbours() {
        Payer payer = payers.save(CaseFixtures.payer("Odd\u001fPayer"));
        CaseFile before = cases.create(CaseFile.newCase(Patient.named("Plain Before")));
        CaseFile odd = CaseFixtures.fullCase("Ann\u001fLee");
        PlanFacts plan = odd.plan();
        odd =
                cases.create(
                        odd.withPlan(
                                new PlanFacts(
                                        plan.planType(),
                                        payer.id(),
                                        plan.planName(),
                                        plan.issuedState(),
                                        plan.employerSponsored())));
        CaseFile after = cases.create(CaseFile.newCase(Patient.named("Plain After")));

        List<CaseSummary> rows = cases.summaries();

        assertThat(rows)
                .extracting(CaseSummary::id)
                .containsExactly(after.id().get(), odd.id().get(), before.id().get());
        assertThat(rows)
                .extracting(CaseSummary::patientName)
                .containsExactly("Plain After", "Ann\u001fLee", "Plain Before");
        assertThat(rows.get(1).payerName()).isEqualTo("Odd\u001fPayer");
        assertThat(rows.get(1).planType()).isEqualTo(odd.plan().planType());
        assertThat(rows.get(1).denialDate()).isPresent();
    }

    @Test
    void unpackRefusesARowWithTooManyOrTooFewParts() {
        String[] three = new String[3];
        assertThat(SqliteCaseRepository.unpack("a\u001f\u001fc", three)).isTrue();
        assertThat(three).containsExactly("a", "", "c");
        assertThat(SqliteCaseRepository.unpack("a\u001fb", three)).isFalse();
        assertThat(SqliteCaseRepository.unpack("a\u001fb\u001fc\u001fd", three)).isFalse();
    }

    @Test
    void summariesFollowAnUpdate() {
        CaseFile c = cases.create(CaseFile.newCase(Patient.named("Before")));
        clock.advance(Duration.ofHours(2));

        cases.update(c.withPatient(Patient.named("After")).withStatus(CaseStatus.CLOSED));

        CaseSummary row = cases.summaries().get(0);
        assertThat(row.patientName()).isEqualTo("After");
        assertThat(row.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(row.updatedAt()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
    }

    static Stream<String> awkwardText() {
        return CaseFixtures.AWKWARD_TEXT.stream();
    }

    @ParameterizedTest
    @MethodSource("awkwardText")
    void unicodeQuotesAndSqlRoundTripExactlyThroughTheDatabase(String text) throws Exception {
        CaseFile stored = cases.create(CaseFixtures.fullCase(text));

        CaseFile found = reopened().find(stored.id().get()).orElseThrow();

        assertThat(found).isEqualTo(stored);
        assertThat(found.patient().name()).isEqualTo(text);
        assertThat(found.denials().get(0).rationale()).contains(text);
        assertThat(cases.summaries()).extracting(CaseSummary::patientName).containsExactly(text);
        assertThat(DbFiles.tableExists(db.file(), "case_file")).isTrue();
        assertThat(DbFiles.query(db.file(), "SELECT patient_name FROM case_file")).isEqualTo(text);
    }

    @Test
    void importMatchesThePayerByNameAndKeepsTheDirectoryEntry() {
        Payer mine =
                payers.save(
                        new Payer(
                                Optional.empty(),
                                "Lakeshore Health",
                                "My address",
                                "",
                                "",
                                "",
                                ""));
        Payer theirs =
                new Payer(
                        Optional.empty(),
                        "  LAKESHORE health ",
                        "Their address",
                        "fax",
                        "",
                        "",
                        "");

        CaseFile imported =
                cases.importCase(
                        new ImportedCase(
                                CaseFile.newCase(Patient.named("A")), Optional.of(theirs)));

        assertThat(imported.plan().payerId()).isEqualTo(mine.id());
        assertThat(payers.all()).containsExactly(mine);
        assertThat(cases.summaries().get(0).payerName()).isEqualTo("Lakeshore Health");
    }

    @Test
    void importAddsAnUnknownPayerAndIgnoresAnyIdsInTheFile() {
        CaseFile withIds =
                CaseFixtures.fullCase("x")
                        .withId(5000)
                        .withPlan(
                                new PlanFacts(
                                        Optional.of(PlanType.FEHB),
                                        Optional.of(999L),
                                        "",
                                        "",
                                        Optional.empty()));

        CaseFile imported =
                cases.importCase(
                        new ImportedCase(withIds, Optional.of(CaseFixtures.payer("Newcomer"))));

        Payer added = payers.findByName("Newcomer").orElseThrow();
        assertThat(added.behavioralHealthManager()).isEqualTo("BH Manager of Newcomer");
        assertThat(imported.plan().payerId()).isEqualTo(added.id());
        assertThat(imported.id()).isNotEqualTo(Optional.of(5000L));
        assertThat(cases.find(imported.id().get())).contains(imported);
    }

    @Test
    void importWithoutAPayerStoresNoPayer() {
        CaseFile withStalePayer =
                CaseFile.newCase(Patient.named("A"))
                        .withPlan(
                                new PlanFacts(
                                        Optional.empty(),
                                        Optional.of(999L),
                                        "",
                                        "",
                                        Optional.empty()));

        CaseFile imported = cases.importCase(new ImportedCase(withStalePayer, Optional.empty()));

        assertThat(imported.plan().payerId()).isEmpty();
        assertThat(payers.all()).isEmpty();
    }

    @Test
    void aCaseCannotPointAtAPayerThatDoesNotExist() {
        CaseFile dangling =
                CaseFile.newCase(Patient.named("A"))
                        .withPlan(
                                new PlanFacts(
                                        Optional.empty(),
                                        Optional.of(4242L),
                                        "",
                                        "",
                                        Optional.empty()));

        assertThatThrownBy(() -> cases.create(dangling)).isInstanceOf(DatabaseException.class);
        assertThat(cases.count()).isZero();
    }
}
