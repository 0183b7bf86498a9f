package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.overturn.core.SampleCases;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;
import org.overturn.domain.report.CaseFacts;
import org.overturn.domain.report.PayerMonth;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.PayerReport;
import org.overturn.domain.report.ReportCases;
import org.overturn.domain.report.ReportFilter;
import org.overturn.domain.report.Resolution;
import org.overturn.domain.store.CaseStore;
import org.overturn.persistence.json.CaseFormatException;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.json.ImportedCase;

/**
 * What every {@link PayerReport} counts, whatever keeps the cases (ADR 0016, ADR 0019): each
 * subclass supplies a case store and a report over fresh, empty storage. The same cases go into
 * each (the shipped samples, and copies of them varied by a seeded generator: payers, denials of
 * every kind and day, calls, decisions, appeals), and both reports must give what this class works
 * out in plain Java from each stored case's {@link CaseFacts}, for several filters.
 */
abstract class PayerReportContract {

    protected final MutableClock clock = MutableClock.at("2026-11-26T10:00:00Z");

    protected CaseStore cases;
    protected PayerReport report;

    /** Payer id to {name, behavioral-health manager}; 0 is no payer. */
    private final Map<Long, String[]> payers = new HashMap<>();

    /** What is stored now, by id. */
    private final Map<Long, CaseFile> stored = new LinkedHashMap<>();

    /** A case store over fresh, empty storage, using {@link #clock}. */
    protected abstract CaseStore openCases() throws Exception;

    /** The report over the same storage. */
    protected abstract PayerReport openReport() throws Exception;

    /** Adds a payer to the storage's payer directory; its id. */
    protected abstract long addPayer(Payer p) throws Exception;

    /** Deletes a stored case, as someone who may. */
    protected boolean delete(long id) throws Exception {
        return cases.delete(id);
    }

    @BeforeEach
    void openStore() throws Exception {
        cases = openCases();
        report = openReport();
        payers.put(0L, new String[] {"", ""});
    }

    private static final List<ReportFilter> FILTERS =
            List.of(
                    ReportFilter.all(),
                    filter("2026-03-01", "2026-08-31", null),
                    filter(null, null, LevelOfCare.IOP_SUBSTANCE_USE),
                    filter("2026-11-01", null, null),
                    filter(null, "2026-06-30", LevelOfCare.IOP_MENTAL_HEALTH),
                    filter("2026-11-14", "2026-11-14", LevelOfCare.IOP_MENTAL_HEALTH),
                    filter("2026-05-01", "2026-10-31", LevelOfCare.PHP));

    private static ReportFilter filter(String from, String to, LevelOfCare level) {
        return new ReportFilter(
                Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse),
                Optional.ofNullable(level));
    }

    // ---- the cases

    private static ImportedCase read(SampleCases.Sample s) {
        try {
            return new CaseJson().read(SampleCases.text(s));
        } catch (CaseFormatException e) {
            throw new IllegalStateException("shipped sample " + s.resource() + " does not read", e);
        }
    }

    private static CaseFile withPayer(CaseFile c, Optional<Long> payerId) {
        PlanFacts p = c.plan();
        return c.withPlan(
                new PlanFacts(
                        p.planType(),
                        payerId,
                        p.planName(),
                        p.issuedState(),
                        p.employerSponsored(),
                        p.employerName(),
                        p.shareWithEmployer()));
    }

    private void create(CaseFile c) {
        CaseFile s = cases.create(c);
        stored.put(s.id().orElseThrow(), s);
    }

    private void update(CaseFile c) {
        cases.update(c);
        stored.put(c.id().orElseThrow(), c);
    }

    /** The shipped samples, each under the payer its file names. */
    private List<Long> storeSamples() throws Exception {
        Map<String, Long> byName = new LinkedHashMap<>();
        for (SampleCases.Sample s : SampleCases.ALL) {
            ImportedCase read = read(s);
            Payer p = read.payer().orElseThrow();
            if (!byName.containsKey(p.name())) {
                long id = addPayer(p);
                byName.put(p.name(), id);
                payers.put(id, new String[] {p.name(), p.behavioralHealthManager()});
            }
            create(withPayer(read.caseFile(), Optional.of(byName.get(p.name()))));
        }
        return List.copyOf(byName.values());
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    /** The samples and many varied copies of them. */
    private void storeAll() throws Exception {
        List<Long> ids = new ArrayList<>(storeSamples());
        for (Payer p :
                List.of(
                        new Payer(
                                Optional.empty(),
                                "Beacon, Care",
                                "",
                                "",
                                "",
                                "",
                                "Mindful Review LLC"),
                        Payer.named("O'Neil \"Plus\" Health"),
                        Payer.named("Acme Health"))) {
            long id = addPayer(p);
            ids.add(id);
            payers.put(id, new String[] {p.name(), p.behavioralHealthManager()});
        }
        addPayer(Payer.named("Nobody's Payer"));
        List<Optional<Long>> payerChoices = new ArrayList<>();
        ids.forEach(id -> payerChoices.add(Optional.of(id)));
        payerChoices.add(Optional.empty());
        Random r = new Random(18);
        for (int copy = 0; copy < 6; copy++) {
            for (SampleCases.Sample s : SampleCases.ALL) {
                create(varied(read(s).caseFile(), r, payerChoices));
            }
        }
        CaseFile base = read(SampleCases.ALL.get(0)).caseFile();
        // A case with no denial yet, one whose denial has no day, one decided before its denial.
        create(withPayer(base.withDenials(List.of()), Optional.of(ids.get(0))));
        create(
                withPayer(
                        base.withDenials(
                                List.of(Denial.blank(DenialType.CONCURRENT, LevelOfCare.PHP))),
                        Optional.of(ids.get(1))));
        create(
                withPayer(
                        base.withDecisions(
                                List.of(
                                        new Decision(
                                                LocalDate.parse("2026-10-01"),
                                                DecisionLevel.INTERNAL,
                                                DecisionOutcome.PARTLY_OVERTURNED))),
                        Optional.of(ids.get(0))));
    }

    private static final List<String> CREDENTIALS =
            List.of(
                    "MD, psychiatry",
                    "DO, family practice",
                    "RN",
                    "",
                    "MD, internal medicine",
                    "PhD, psychology");

    /** A copy of a sample with its payer, denials, calls, decisions and appeal drawn from r. */
    private static CaseFile varied(CaseFile base, Random r, List<Optional<Long>> payerChoices) {
        LocalDate first = LocalDate.of(2026, 1 + r.nextInt(11), 1 + r.nextInt(28));
        List<Denial> denials = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        LocalDate on = first;
        for (int j = 0; j < n; j++) {
            Set<DenialReason> reasons = new LinkedHashSet<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                reasons.add(pick(r, DenialReason.values()));
            }
            denials.add(
                    ReportCases.denial(
                            pick(r, LevelOfCare.values()),
                            pick(r, DenialType.values()),
                            pick(r, CriteriaSet.values()),
                            pick(r, CREDENTIALS),
                            List.copyOf(reasons),
                            on,
                            r.nextInt(4) == 0
                                    ? Optional.empty()
                                    : Optional.of(BigDecimal.valueOf(r.nextInt(900_000), 2))));
            on = on.plusDays(5 + r.nextInt(45));
        }
        List<CallLog> calls = new ArrayList<>();
        for (int j = r.nextInt(3); j > 0; j--) {
            calls.add(
                    ReportCases.call(
                            first.plusDays(j).atTime(8 + j, 30),
                            pick(
                                    r,
                                    List.of(
                                            Optional.of(true),
                                            Optional.of(false),
                                            Optional.empty())),
                            pick(r, CallOutcome.values())));
        }
        List<Decision> decisions = new ArrayList<>();
        for (int j = r.nextInt(3); j > 0; j--) {
            decisions.add(
                    new Decision(
                            first.plusDays(3 + 17L * j + r.nextInt(10)),
                            pick(r, DecisionLevel.values()),
                            pick(r, DecisionOutcome.values())));
        }
        CaseFile c =
                withPayer(base, pick(r, payerChoices))
                        .withDenials(denials)
                        .withCalls(calls)
                        .withDecisions(decisions);
        return r.nextBoolean()
                ? c.withClock(c.clock().withAppealFiled(first.plusDays(4), Optional.empty()))
                : c;
    }

    // ---- the report worked out from each case's facts, as the SQL should count them

    private static boolean inPeriod(Optional<LocalDate> day, ReportFilter f) {
        boolean from = f.from().map(d -> day.map(x -> !x.isBefore(d)).orElse(false)).orElse(true);
        boolean to = f.to().map(d -> day.map(x -> !x.isAfter(d)).orElse(false)).orElse(true);
        return from && to;
    }

    private record Counted(long payer, CaseFacts facts) {}

    private record CountedDenial(long payer, CaseFacts.DenialFact denial) {}

    private List<Counted> casesIn(ReportFilter f) {
        return stored.values().stream()
                .filter(
                        c ->
                                f.level()
                                        .map(l -> c.levelOfCare().equals(Optional.of(l)))
                                        .orElse(true))
                .map(c -> new Counted(c.plan().payerId().orElse(0L), CaseFacts.of(c)))
                .filter(c -> inPeriod(c.facts().firstDeniedOn(), f))
                .toList();
    }

    private List<CountedDenial> denialsIn(ReportFilter f) {
        return stored.values().stream()
                .flatMap(
                        c ->
                                CaseFacts.of(c).denials().stream()
                                        .map(
                                                d ->
                                                        new CountedDenial(
                                                                c.plan().payerId().orElse(0L), d)))
                .filter(d -> f.level().map(l -> d.denial().levelOfCare() == l).orElse(true))
                .filter(d -> inPeriod(d.denial().deniedOn(), f))
                .toList();
    }

    private static Map<String, Integer> countBy(
            List<CountedDenial> denials, Function<CaseFacts.DenialFact, List<String>> key) {
        Map<String, Integer> out = new TreeMap<>();
        for (CountedDenial d : denials) {
            for (String k : key.apply(d.denial())) {
                out.merge(k, 1, Integer::sum);
            }
        }
        return out;
    }

    private static Optional<Double> median(List<Integer> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        int mid = v.length / 2;
        return Optional.of(v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2.0);
    }

    private List<PayerPatterns> expectedPatterns(ReportFilter f) {
        Map<Long, List<Counted>> casesBy =
                casesIn(f).stream().collect(Collectors.groupingBy(Counted::payer));
        Map<Long, List<CountedDenial>> denialsBy =
                denialsIn(f).stream().collect(Collectors.groupingBy(CountedDenial::payer));
        Set<Long> keys = new LinkedHashSet<>(casesBy.keySet());
        keys.addAll(denialsBy.keySet());
        record Row(long payer, PayerPatterns patterns) {}
        List<Row> rows = new ArrayList<>();
        for (long key : keys) {
            List<CaseFacts> cs =
                    casesBy.getOrDefault(key, List.of()).stream().map(Counted::facts).toList();
            List<CountedDenial> ds = denialsBy.getOrDefault(key, List.of());
            Map<Resolution, Integer> resolutions = new TreeMap<>();
            cs.forEach(c -> resolutions.merge(c.resolution(), 1, Integer::sum));
            String[] p = payers.get(key);
            rows.add(
                    new Row(
                            key,
                            new PayerPatterns(
                                    p[0],
                                    p[1],
                                    cs.size(),
                                    ds.size(),
                                    countBy(ds, d -> List.of(d.levelOfCare().id())),
                                    countBy(
                                            ds,
                                            d ->
                                                    d.reasons().stream()
                                                            .map(DenialReason::id)
                                                            .toList()),
                                    countBy(ds, d -> List.of(d.criteriaSet().id())),
                                    countBy(ds, d -> List.of(d.denialType().id())),
                                    countBy(ds, d -> List.of(d.reviewer().id())),
                                    (int) cs.stream().filter(c -> c.p2pCalls() > 0).count(),
                                    cs.stream().mapToInt(CaseFacts::p2pHonoured).sum(),
                                    cs.stream().mapToInt(CaseFacts::p2pNotHonoured).sum(),
                                    resolutions,
                                    median(
                                            cs.stream()
                                                    .flatMap(c -> c.daysToDecision().stream())
                                                    .toList()),
                                    cs.stream().mapToLong(CaseFacts::billedCents).sum(),
                                    cs.stream().mapToLong(CaseFacts::recoveredCents).sum())));
        }
        rows.sort(
                Comparator.comparingInt((Row x) -> x.patterns().denials())
                        .reversed()
                        .thenComparing(x -> x.patterns().payer(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Row::payer));
        return rows.stream().map(Row::patterns).toList();
    }

    private static final Set<Resolution> OVERTURNED =
            Set.of(
                    Resolution.OVERTURNED_AT_P2P,
                    Resolution.OVERTURNED_ON_APPEAL,
                    Resolution.OVERTURNED_AT_EXTERNAL_REVIEW);

    private List<PayerMonth> expectedMonths(ReportFilter f) {
        record Key(long payer, YearMonth month) {}
        Map<Key, int[]> cells = new HashMap<>();
        for (CountedDenial d : denialsIn(f)) {
            d.denial()
                    .deniedOn()
                    .ifPresent(
                            on ->
                                    cells.computeIfAbsent(
                                                    new Key(d.payer(), YearMonth.from(on)),
                                                    k -> new int[3])[0]++);
        }
        for (Counted c : casesIn(f)) {
            if (c.facts().firstDeniedOn().isEmpty()) {
                continue;
            }
            int[] cell =
                    cells.computeIfAbsent(
                            new Key(c.payer(), YearMonth.from(c.facts().firstDeniedOn().get())),
                            k -> new int[3]);
            if (c.facts().resolution() != Resolution.OPEN) {
                cell[1]++;
            }
            if (OVERTURNED.contains(c.facts().resolution())) {
                cell[2]++;
            }
        }
        return cells.entrySet().stream()
                .sorted(
                        Comparator.comparing((Map.Entry<Key, int[]> e) -> e.getKey().month())
                                .thenComparing(
                                        e -> payers.get(e.getKey().payer())[0],
                                        String.CASE_INSENSITIVE_ORDER)
                                .thenComparingLong(e -> e.getKey().payer()))
                .map(
                        e ->
                                new PayerMonth(
                                        payers.get(e.getKey().payer())[0],
                                        e.getKey().month(),
                                        e.getValue()[0],
                                        e.getValue()[1],
                                        e.getValue()[2]))
                .toList();
    }

    private void assertEveryFilterCountsTheStoredFacts() {
        for (ReportFilter f : FILTERS) {
            assertThat(report.patterns(f)).as("patterns for %s", f).isEqualTo(expectedPatterns(f));
            assertThat(report.months(f)).as("months for %s", f).isEqualTo(expectedMonths(f));
        }
    }

    // ---- the tests

    @Test
    void anEmptyStoreHasNothingToReport() {
        for (ReportFilter f : FILTERS) {
            assertThat(report.patterns(f)).isEmpty();
            assertThat(report.months(f)).isEmpty();
        }
    }

    @Test
    void theShippedSamplesCountAsTheirFilesSay() throws Exception {
        storeSamples();

        List<PayerPatterns> rows = report.patterns(ReportFilter.all());

        assertThat(rows)
                .extracting(PayerPatterns::payer)
                .containsExactly(
                        "Cascade Mutual Health (sample)",
                        "Lakeshore Community Health Plan (sample)",
                        "State Medicaid Agency, Bureau of Hearings and Appeals (sample)");
        PayerPatterns cascade = rows.get(0);
        assertThat(cascade.behavioralHealthManager())
                .isEqualTo("Northline Behavioral Management (sample)");
        assertThat(cascade.cases()).isEqualTo(3);
        assertThat(cascade.denials()).isEqualTo(3);
        assertThat(cascade.byLevel()).isEqualTo(Map.of("iop-mh", 3));
        assertThat(cascade.byCriteria()).isEqualTo(Map.of("mcg", 1, "proprietary", 2));
        assertThat(cascade.byReason())
                .isEqualTo(Map.of("no-longer-needs-level", 3, "outpatient-sufficient", 3));
        assertThat(cascade.casesWithCall()).isEqualTo(1);
        assertThat(cascade.byResolution())
                .isEqualTo(Map.of(Resolution.UPHELD, 1, Resolution.OPEN, 2));
        assertThat(cascade.medianDaysToDecision())
                .as("phoned on 11/14, decided on 11/19")
                .contains(5.0);
        assertThat(cascade.billedCents()).isEqualTo(960_000);
        assertThat(rows.get(1).byLevel()).isEqualTo(Map.of("iop-sud", 1));
        assertThat(report.months(ReportFilter.all()))
                .containsExactly(
                        new PayerMonth(
                                "Cascade Mutual Health (sample)", YearMonth.of(2026, 11), 3, 1, 0),
                        new PayerMonth(
                                "Lakeshore Community Health Plan (sample)",
                                YearMonth.of(2026, 11),
                                1,
                                0,
                                0),
                        new PayerMonth(
                                "State Medicaid Agency, Bureau of Hearings and Appeals (sample)",
                                YearMonth.of(2026, 11),
                                1,
                                0,
                                0));
        assertEveryFilterCountsTheStoredFacts();
    }

    @Test
    void everyFilterCountsWhatTheStoredCasesAdd() throws Exception {
        storeAll();

        // The cases must reach every corner the filters look at, or the comparison proves little.
        assertThat(stored).hasSize(5 + 6 * 5 + 3);
        for (ReportFilter f : FILTERS) {
            assertThat(expectedPatterns(f)).as("%s", f).isNotEmpty();
            assertThat(expectedMonths(f)).as("%s", f).isNotEmpty();
        }
        assertThat(expectedPatterns(ReportFilter.all()))
                .extracting(PayerPatterns::payer)
                .contains("", "Beacon, Care", "Acme Health")
                .doesNotContain("Nobody's Payer");
        assertThat(
                        report.patterns(ReportFilter.all()).stream()
                                .mapToInt(PayerPatterns::cases)
                                .sum())
                .isEqualTo(stored.size());
        assertEveryFilterCountsTheStoredFacts();
    }

    @Test
    void aSaveRewritesWhatTheCaseAddsAndADeleteTakesItAway() throws Exception {
        storeAll();
        List<Long> ids = List.copyOf(stored.keySet());
        Random r = new Random(19);
        for (int i = 0; i < ids.size(); i += 3) {
            CaseFile c = stored.get(ids.get(i));
            CaseFile changed =
                    switch (i % 4) {
                        case 0 ->
                                c.withDecisions(
                                        List.of(
                                                new Decision(
                                                        LocalDate.parse("2026-11-20"),
                                                        DecisionLevel.EXTERNAL,
                                                        DecisionOutcome.OVERTURNED)));
                        case 1 -> c.withDenials(c.denials().subList(0, c.denials().size() / 2));
                        case 2 -> withPayer(c, Optional.empty());
                        default ->
                                c.withCalls(
                                        List.of(
                                                ReportCases.call(
                                                        LocalDate.parse("2026-11-18").atTime(10, 0),
                                                        Optional.of(r.nextBoolean()),
                                                        CallOutcome.OVERTURNED)));
                    };
            update(changed);
        }
        for (long id : List.of(ids.get(1), ids.get(ids.size() - 2))) {
            assertThat(delete(id)).isTrue();
            stored.remove(id);
        }

        assertEveryFilterCountsTheStoredFacts();
    }
}
