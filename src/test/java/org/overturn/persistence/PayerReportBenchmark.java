package org.overturn.persistence;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.ReportCases;
import org.overturn.domain.report.ReportFilter;

/**
 * Speed of the patterns by payer (issue 17): 10,000 cases over 25 payers, aggregated with and
 * without a period. A runnable benchmark, not a test: {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.overturn.persistence.PayerReportBenchmark}. Goal
 * on a 2-core machine: under 200 ms.
 */
public final class PayerReportBenchmark {

    private PayerReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("overturn-payer-bench");
        CoreServices core = CoreServices.open(new AppPaths(dir), Clock.systemDefaultZone());
        Random r = new Random(17);
        List<Long> payers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            payers.add(
                    core.payers()
                            .save(
                                    new Payer(
                                            Optional.empty(),
                                            "Payer " + i,
                                            "",
                                            "",
                                            "",
                                            "",
                                            i % 3 == 0 ? "Manager " + i : ""))
                            .id()
                            .orElseThrow());
        }
        List<CaseFile> many = new ArrayList<>();
        LevelOfCare[] levels = {
            LevelOfCare.IOP_MENTAL_HEALTH,
            LevelOfCare.IOP_SUBSTANCE_USE,
            LevelOfCare.IOP_CO_OCCURRING
        };
        String[] reviewers = {"MD, psychiatry", "MD, family medicine", "RN", ""};
        for (int i = 0; i < 10_000; i++) {
            LocalDate denied = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(700));
            List<CallLog> calls =
                    r.nextInt(3) == 0
                            ? List.of(
                                    ReportCases.call(
                                            denied.plusDays(1).atTime(10, 0),
                                            Optional.of(r.nextBoolean()),
                                            CallOutcome.values()[r.nextInt(4)]))
                            : List.of();
            List<Decision> decisions =
                    r.nextInt(2) == 0
                            ? List.of(
                                    new Decision(
                                            denied.plusDays(10 + r.nextInt(40)),
                                            DecisionLevel.values()[r.nextInt(2)],
                                            DecisionOutcome.values()[r.nextInt(3)]))
                            : List.of();
            many.add(
                    ReportCases.of(
                            "Patient " + i,
                            Optional.of(payers.get(r.nextInt(payers.size()))),
                            List.of(
                                    ReportCases.denial(
                                            levels[r.nextInt(levels.length)],
                                            DenialType.values()[r.nextInt(3)],
                                            CriteriaSet.values()[r.nextInt(7)],
                                            reviewers[r.nextInt(reviewers.length)],
                                            List.of(
                                                    DenialReason.values()[
                                                            r.nextInt(
                                                                    DenialReason.values().length)]),
                                            denied,
                                            Optional.of(
                                                    BigDecimal.valueOf(100 + r.nextInt(5000))))),
                            calls,
                            decisions,
                            decisions.isEmpty()
                                    ? Optional.empty()
                                    : Optional.of(denied.plusDays(3))));
        }
        long t0 = System.nanoTime();
        core.cases().createAll(many);
        System.out.printf("stored 10,000 cases in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        ReportFilter all = ReportFilter.all();
        ReportFilter year =
                new ReportFilter(
                        Optional.of(LocalDate.of(2026, 1, 1)),
                        Optional.of(LocalDate.of(2026, 12, 31)),
                        Optional.empty());
        List<PayerPatterns> first = core.payerReport().patterns(all);
        System.out.printf(
                "first aggregation (cold): %d payers, %d cases%n",
                first.size(), first.stream().mapToInt(PayerPatterns::cases).sum());
        for (int i = 0; i < 10; i++) {
            core.payerReport().patterns(all);
        }
        long[] whole = new long[15];
        long[] period = new long[15];
        for (int i = 0; i < whole.length; i++) {
            long s = System.nanoTime();
            core.payerReport().patterns(all);
            whole[i] = (System.nanoTime() - s) / 1_000_000;
            s = System.nanoTime();
            core.payerReport().patterns(year);
            period[i] = (System.nanoTime() - s) / 1_000_000;
        }
        Arrays.sort(whole);
        Arrays.sort(period);
        System.out.printf(
                "aggregate 10,000 cases by payer: median %d ms (worst %d); the year 2026 only: median"
                        + " %d ms (worst %d)%n",
                whole[7], whole[14], period[7], period[14]);
    }
}
