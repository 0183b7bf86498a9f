package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.overturn.domain.report.ReportCases.call;
import static org.overturn.domain.report.ReportCases.denial;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;
import org.overturn.domain.report.PayerMonth;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.ReportCases;
import org.overturn.domain.report.ReportFilter;
import org.overturn.domain.report.Resolution;
import org.overturn.persistence.json.CaseJson;

/**
 * The patterns by payer over six cases whose figures are counted by hand below (issue 17): two
 * payers and a case with none, several denials in one case, calls kept and not, decisions at each
 * level, a period and a level of care.
 */
class SqlitePayerReportTest {

    @TempDir Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-26T10:00:00Z");
    private Database db;
    private SqliteCaseRepository cases;
    private SqlitePayerReport report;
    private long acme;
    private long beacon;

    private static final List<DenialReason> OUTPATIENT =
            List.of(DenialReason.OUTPATIENT_SUFFICIENT);
    private static final List<DenialReason> NO_LONGER = List.of(DenialReason.NO_LONGER_NEEDS_LEVEL);

    @BeforeEach
    void open() {
        db =
                Database.open(
                        dir.resolve("overturn.db"),
                        new BackupService(dir.resolve("backups"), clock));
        cases = new SqliteCaseRepository(db, new CaseJson(), clock);
        SqlitePayerRepository payers = new SqlitePayerRepository(db);
        acme =
                payers.save(
                                new Payer(
                                        Optional.empty(),
                                        "Acme Health",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "Mindful Review LLC"))
                        .id()
                        .orElseThrow();
        beacon = payers.save(CaseFixtures.payer("Beacon, Care")).id().orElseThrow();
        report = new SqlitePayerReport(db);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Denial d(
            String on,
            LevelOfCare level,
            DenialType type,
            CriteriaSet criteria,
            String reviewer,
            List<DenialReason> reasons,
            String billed) {
        return denial(
                level,
                type,
                criteria,
                reviewer,
                reasons,
                day(on),
                Optional.ofNullable(billed).map(BigDecimal::new));
    }

    private static Decision decided(String on, DecisionLevel level, DecisionOutcome outcome) {
        return new Decision(day(on), level, outcome);
    }

    /** The six cases. Hand counts are in the tests. */
    private void store() {
        cases.create(
                ReportCases.of(
                        "Alice Acme-One",
                        Optional.of(acme),
                        List.of(
                                d(
                                        "2026-01-10",
                                        LevelOfCare.IOP_MENTAL_HEALTH,
                                        DenialType.CONCURRENT,
                                        CriteriaSet.MCG,
                                        "MD, family medicine",
                                        List.of(
                                                DenialReason.OUTPATIENT_SUFFICIENT,
                                                DenialReason.NO_LONGER_NEEDS_LEVEL),
                                        "1000")),
                        List.of(
                                call(
                                        day("2026-01-11").atTime(9, 0),
                                        Optional.of(true),
                                        CallOutcome.OVERTURNED)),
                        List.of(),
                        Optional.empty()));
        cases.create(
                ReportCases.of(
                        "Bob Acme-Two",
                        Optional.of(acme),
                        List.of(
                                d(
                                        "2026-02-01",
                                        LevelOfCare.IOP_SUBSTANCE_USE,
                                        DenialType.PRE_SERVICE,
                                        CriteriaSet.INTERQUAL,
                                        "MD, psychiatry",
                                        OUTPATIENT,
                                        "2000")),
                        List.of(
                                call(
                                        day("2026-02-02").atTime(9, 0),
                                        Optional.of(false),
                                        CallOutcome.UPHELD)),
                        List.of(
                                decided(
                                        "2026-03-03",
                                        DecisionLevel.INTERNAL,
                                        DecisionOutcome.UPHELD)),
                        Optional.of(day("2026-02-05"))));
        cases.create(
                ReportCases.of(
                        "Carol Acme-Three",
                        Optional.of(acme),
                        List.of(
                                d(
                                        "2026-03-05",
                                        LevelOfCare.IOP_MENTAL_HEALTH,
                                        DenialType.CONCURRENT,
                                        CriteriaSet.MCG,
                                        "",
                                        NO_LONGER,
                                        "500"),
                                d(
                                        "2026-04-01",
                                        LevelOfCare.IOP_MENTAL_HEALTH,
                                        DenialType.CONCURRENT,
                                        CriteriaSet.MCG,
                                        "RN",
                                        OUTPATIENT,
                                        "700")),
                        List.of(),
                        List.of(
                                decided(
                                        "2026-03-25",
                                        DecisionLevel.INTERNAL,
                                        DecisionOutcome.UPHELD),
                                decided(
                                        "2026-05-24",
                                        DecisionLevel.EXTERNAL,
                                        DecisionOutcome.OVERTURNED)),
                        Optional.of(day("2026-03-10"))));
        cases.create(
                ReportCases.of(
                        "Dan Beacon-One",
                        Optional.of(beacon),
                        List.of(
                                d(
                                        "2026-02-15",
                                        LevelOfCare.IOP_MENTAL_HEALTH,
                                        DenialType.CONCURRENT,
                                        CriteriaSet.PROPRIETARY,
                                        "DO, family practice",
                                        OUTPATIENT,
                                        null)),
                        List.of(),
                        List.of(
                                decided(
                                        "2026-02-25",
                                        DecisionLevel.INTERNAL,
                                        DecisionOutcome.OVERTURNED)),
                        Optional.of(day("2026-02-16"))));
        cases.create(
                ReportCases.of(
                        "Eve Beacon-Two",
                        Optional.of(beacon),
                        List.of(
                                d(
                                        "2026-05-20",
                                        LevelOfCare.IOP_SUBSTANCE_USE,
                                        DenialType.POST_SERVICE,
                                        CriteriaSet.ASAM,
                                        "MD, psychiatry",
                                        OUTPATIENT,
                                        "300")),
                        List.of(),
                        List.of(),
                        Optional.empty()));
        cases.create(
                ReportCases.of(
                        "Frank No-Payer",
                        Optional.empty(),
                        List.of(
                                d(
                                        "2026-06-01",
                                        LevelOfCare.IOP_MENTAL_HEALTH,
                                        DenialType.PRE_SERVICE,
                                        CriteriaSet.UNKNOWN,
                                        "",
                                        List.of(),
                                        null)),
                        List.of(),
                        List.of(),
                        Optional.empty()));
    }

    @Test
    void everyFigureMatchesTheHandCount() {
        store();

        List<PayerPatterns> rows = report.patterns(ReportFilter.all());

        assertThat(rows)
                .extracting(PayerPatterns::payer)
                .containsExactly("Acme Health", "Beacon, Care", "");
        PayerPatterns a = rows.get(0);
        assertThat(a.behavioralHealthManager()).isEqualTo("Mindful Review LLC");
        assertThat(a.cases()).isEqualTo(3);
        assertThat(a.denials()).isEqualTo(4);
        assertThat(a.byLevel()).isEqualTo(Map.of("iop-mh", 3, "iop-sud", 1));
        assertThat(a.byReason())
                .isEqualTo(Map.of("outpatient-sufficient", 3, "no-longer-needs-level", 2));
        assertThat(a.byCriteria()).isEqualTo(Map.of("mcg", 3, "interqual", 1));
        assertThat(a.byType()).isEqualTo(Map.of("concurrent", 3, "pre-service", 1));
        assertThat(a.byReviewer())
                .isEqualTo(Map.of("not-a-psychiatrist", 2, "psychiatrist", 1, "not-stated", 1));
        assertThat(a.deniedByNonPsychiatrists()).isEqualTo(2);
        assertThat(a.casesWithCall()).isEqualTo(2);
        assertThat(a.callsHonoured()).isEqualTo(1);
        assertThat(a.callsNotHonoured()).isEqualTo(1);
        assertThat(a.byResolution())
                .isEqualTo(
                        Map.of(
                                Resolution.OVERTURNED_AT_P2P, 1,
                                Resolution.UPHELD, 1,
                                Resolution.OVERTURNED_AT_EXTERNAL_REVIEW, 1));
        assertThat(a.overturnRate()).hasValueSatisfying(r -> assertThat(r).isEqualTo(2 / 3.0));
        // Days to the first decision: Bob 02/01 -> 03/03 = 30; Carol 03/05 -> 03/25 = 20.
        assertThat(a.medianDaysToDecision()).contains(25.0);
        assertThat(a.billedCents()).isEqualTo(420_000);
        assertThat(a.recoveredCents()).as("Carol's, overturned in full").isEqualTo(120_000);

        PayerPatterns b = rows.get(1);
        assertThat(b.cases()).isEqualTo(2);
        assertThat(b.denials()).isEqualTo(2);
        assertThat(b.byCriteria()).isEqualTo(Map.of("proprietary", 1, "asam", 1));
        assertThat(b.byType()).isEqualTo(Map.of("concurrent", 1, "post-service", 1));
        assertThat(b.casesWithCall()).isZero();
        assertThat(b.byResolution())
                .isEqualTo(Map.of(Resolution.OVERTURNED_ON_APPEAL, 1, Resolution.OPEN, 1));
        assertThat(b.medianDaysToDecision()).contains(10.0);
        assertThat(b.billedCents()).isEqualTo(30_000);
        assertThat(b.recoveredCents()).as("Dan's denial had no billed amount").isZero();

        PayerPatterns none = rows.get(2);
        assertThat(none.cases()).isEqualTo(1);
        assertThat(none.byReason()).isEmpty();
        assertThat(none.byResolution()).isEqualTo(Map.of(Resolution.OPEN, 1));
        assertThat(none.overturnRate()).isEmpty();
        assertThat(none.medianDaysToDecision()).isEmpty();
    }

    @Test
    void monthByMonthEachPayersDenialsAndItsCasesDecidedAndOverturnedMatchTheHandCount() {
        store();

        List<PayerMonth> months = report.months(ReportFilter.all());

        assertThat(months)
                .containsExactly(
                        new PayerMonth("Acme Health", YearMonth.of(2026, 1), 1, 1, 1),
                        new PayerMonth("Acme Health", YearMonth.of(2026, 2), 1, 1, 0),
                        new PayerMonth("Beacon, Care", YearMonth.of(2026, 2), 1, 1, 1),
                        new PayerMonth("Acme Health", YearMonth.of(2026, 3), 1, 1, 1),
                        new PayerMonth("Acme Health", YearMonth.of(2026, 4), 1, 0, 0),
                        new PayerMonth("Beacon, Care", YearMonth.of(2026, 5), 1, 0, 0),
                        new PayerMonth("", YearMonth.of(2026, 6), 1, 0, 0));
        assertThat(
                        report.months(
                                new ReportFilter(
                                        Optional.of(day("2026-04-01")),
                                        Optional.empty(),
                                        Optional.empty())))
                .extracting(PayerMonth::month)
                .containsExactly(
                        YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
    }

    @Test
    void aPeriodCountsCasesByTheirFirstDenialAndDenialsByTheirOwnDay() {
        store();

        List<PayerPatterns> rows =
                report.patterns(
                        new ReportFilter(
                                Optional.of(day("2026-02-01")),
                                Optional.of(day("2026-03-31")),
                                Optional.empty()));

        assertThat(rows)
                .extracting(PayerPatterns::payer)
                .containsExactly("Acme Health", "Beacon, Care");
        assertThat(rows.get(0).cases()).as("Bob and Carol").isEqualTo(2);
        assertThat(rows.get(0).denials())
                .as("Carol's 04/01 denial is after the period")
                .isEqualTo(2);
        assertThat(rows.get(1).cases()).isEqualTo(1);
        assertThat(rows.get(1).denials()).isEqualTo(1);
    }

    @Test
    void aLevelOfCareCountsOnlyItsOwnDenials() {
        store();

        List<PayerPatterns> rows =
                report.patterns(
                        new ReportFilter(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(LevelOfCare.IOP_SUBSTANCE_USE)));

        assertThat(rows)
                .extracting(PayerPatterns::payer)
                .containsExactly("Acme Health", "Beacon, Care");
        assertThat(rows).extracting(PayerPatterns::cases).containsExactly(1, 1);
        assertThat(rows).extracting(PayerPatterns::denials).containsExactly(1, 1);
    }

    @Test
    void aSaveReplacesTheCasesFiguresAndADeleteRemovesThem() {
        CaseFile stored =
                cases.create(
                        ReportCases.of(
                                "Gina",
                                Optional.of(acme),
                                List.of(
                                        d(
                                                "2026-07-01",
                                                LevelOfCare.IOP_MENTAL_HEALTH,
                                                DenialType.CONCURRENT,
                                                CriteriaSet.MCG,
                                                "RN",
                                                OUTPATIENT,
                                                "100")),
                                List.of(),
                                List.of(),
                                Optional.of(day("2026-07-02"))));
        assertThat(report.patterns(ReportFilter.all()).get(0).resolved(Resolution.OPEN))
                .isEqualTo(1);

        cases.update(
                stored.withDecisions(
                        List.of(
                                decided(
                                        "2026-07-20",
                                        DecisionLevel.INTERNAL,
                                        DecisionOutcome.OVERTURNED))));
        PayerPatterns after = report.patterns(ReportFilter.all()).get(0);
        assertThat(after.cases()).isEqualTo(1);
        assertThat(after.resolved(Resolution.OVERTURNED_ON_APPEAL)).isEqualTo(1);
        assertThat(after.recoveredCents()).isEqualTo(10_000);

        cases.delete(stored.id().orElseThrow());
        assertThat(report.patterns(ReportFilter.all())).isEmpty();
    }

    @Test
    void upgradingADatabaseCountsTheCasesAlreadyStored() throws Exception {
        Path file = dir.resolve("old.db");
        Database old = Database.openRaw(file);
        SchemaMigrator migrator = new SchemaMigrator(SchemaMigrator.builtInMigrations());
        migrator.migrateTo(old, 7);
        CaseFile c =
                ReportCases.of(
                        "Hana",
                        Optional.empty(),
                        List.of(
                                d(
                                        "2026-08-01",
                                        LevelOfCare.IOP_SUBSTANCE_USE,
                                        DenialType.PRE_SERVICE,
                                        CriteriaSet.ASAM,
                                        "MD, psychiatry",
                                        OUTPATIENT,
                                        "250")),
                        List.of(),
                        List.of(),
                        Optional.empty());
        try (Connection conn = old.connect();
                PreparedStatement ps =
                        conn.prepareStatement(
                                "INSERT INTO case_file (id, created_at, updated_at, patient_name,"
                                        + " status, doc) VALUES (9, 'x', 'x', ?, 'denied', ?)")) {
            ps.setString(1, c.patient().name());
            ps.setString(2, new CaseJson().toStored(c));
            ps.executeUpdate();
        }

        migrator.migrate(old, null);

        List<PayerPatterns> rows = new SqlitePayerReport(old).patterns(ReportFilter.all());
        assertThat(rows)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.denials()).isEqualTo(1);
                            assertThat(p.byLevel()).isEqualTo(Map.of("iop-sud", 1));
                            assertThat(p.billedCents()).isEqualTo(25_000);
                        });
    }
}
