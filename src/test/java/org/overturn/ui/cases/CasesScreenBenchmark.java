package org.overturn.ui.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;

/**
 * Speed of the Cases screen and of start-up (issue 2): a runnable benchmark, not a test. Run it
 * with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.overturn.ui.cases.CasesScreenBenchmark} after {@code mvn -q -DskipTests
 * package} (the start-up part launches target/overturn.jar).
 *
 * <p>Goals on a 2-core machine (issue 15): the list of 10,000 cases loaded (query and display
 * texts) within 50 ms, and every filter keystroke answered within one 60 Hz frame, 16.7 ms. Pass
 * the number of start-up runs as the argument (0 skips them).
 */
public final class CasesScreenBenchmark {

    private static final String[] FIRST = {
        "Daniela",
        "Nguyễn",
        "Łukasz",
        "Δημήτρης",
        "Иван",
        "Maria",
        "James",
        "Aisha",
        "Tomás",
        "Chen",
        "Olu",
        "Priya",
        "Sven",
        "Zoë",
        "Kwame",
        "Fatima"
    };
    private static final String[] LAST = {
        "Reyes",
        "Thị Ánh",
        "Żółć",
        "Παπαδόπουλος",
        "Петров",
        "Garcia",
        "Smith",
        "Okafor",
        "Lindqvist",
        "Wang",
        "Adeyemi",
        "Sharma",
        "Berg",
        "Ørsted",
        "Mensah",
        "Haddad"
    };

    /** Runs before measuring, so the figures are of compiled code, as after a few screens. */
    private static final int WARM_UP = 20;

    private static final boolean GC_BETWEEN = Boolean.getBoolean("bench.gc");

    private static final int RUNS = 15;
    private static final int KEYSTROKE_ROUNDS = 10;

    private CasesScreenBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("overturn-bench");
        CoreServices core = CoreServices.open(new AppPaths(dir), Clock.systemDefaultZone());
        long t0 = System.nanoTime();
        core.cases().createAll(generate(10_000));
        System.out.printf("created 10,000 cases in %d ms%n", ms(t0));

        // Warm up the query and the row mapping as the app would after a few screens. Each
        // measured run starts after a collection, so one run's garbage is not billed to the next.
        for (int i = 0; i < WARM_UP; i++) {
            rows(core.cases().summaries());
        }
        long[] load = new long[RUNS];
        long[] query = new long[RUNS];
        for (int i = 0; i < load.length; i++) {
            if (GC_BETWEEN) {
                System.gc();
            }
            long s = System.nanoTime();
            List<CaseSummary> all = core.cases().summaries();
            query[i] = ms(s);
            rows(all);
            load[i] = ms(s);
        }
        System.out.printf(
                "load 10,000 rows (query + display texts): median %d ms (query alone %d ms), max %d ms%n",
                median(load), median(query), Arrays.stream(load).max().orElse(0));

        CasesViewModel vm = new CasesViewModel(null, null, Clock.systemDefaultZone());
        vm.setSummaries(core.cases().summaries());
        String typed = "nguyen thi";
        long worst = 0;
        int matches = 0;
        List<Long> each = new ArrayList<>();
        for (int round = 0; round < WARM_UP + KEYSTROKE_ROUNDS; round++) {
            if (GC_BETWEEN) {
                System.gc();
            }
            for (int i = 1; i <= typed.length(); i++) {
                long s = System.nanoTime();
                vm.searchProperty().set(typed.substring(0, i));
                long took = (System.nanoTime() - s) / 1_000;
                if (round >= WARM_UP) {
                    each.add(took);
                    worst = Math.max(worst, took);
                }
            }
            matches = vm.rows().size();
            vm.searchProperty().set("");
        }
        long[] keys = each.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "filter keystroke over 10,000 rows: median %.1f ms, 95th percentile %.1f ms, worst %.1f ms"
                        + " (%d keystrokes; %d matches for \"%s\")%n",
                median(keys) / 1000.0,
                keys[(int) Math.ceil(keys.length * 0.95) - 1] / 1000.0,
                worst / 1000.0,
                keys.length,
                matches,
                typed);

        startup(args.length > 0 ? Integer.parseInt(args[0]) : 5);
    }

    static void rows(List<CaseSummary> summaries) {
        CaseRow.all(summaries, LocalDateTime.now());
    }

    private static List<CaseFile> generate(int n) {
        Random r = new Random(42);
        PlanType[] plans = PlanType.values();
        CaseStatus[] statuses = CaseStatus.values();
        List<CaseFile> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name =
                    FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)] + " " + i;
            Denial d =
                    Denial.blank(
                            DenialType.values()[r.nextInt(3)],
                            r.nextBoolean()
                                    ? LevelOfCare.IOP_MENTAL_HEALTH
                                    : LevelOfCare.IOP_SUBSTANCE_USE);
            LocalDate notice = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300));
            d =
                    new Denial(
                            d.id(),
                            Optional.of(notice),
                            d.receivedAt(),
                            d.receivedBy(),
                            d.denialType(),
                            d.urgent(),
                            d.levelOfCare(),
                            d.reasons(),
                            d.admissionSubReasons(),
                            d.criteriaSet(),
                            d.criteriaVersion(),
                            d.reviewerName(),
                            d.reviewerCredentials(),
                            d.authorizationNumber(),
                            d.claimNumber(),
                            d.referenceNumber(),
                            d.unitKind(),
                            d.unitsRequested(),
                            d.unitsDenied(),
                            d.hoursPerWeekRequested(),
                            d.startDateRequested(),
                            d.billedAmount(),
                            "Not medically necessary at this level of care.");
            out.add(
                    CaseFile.newCase(Patient.named(name))
                            .withStatus(statuses[r.nextInt(statuses.length)])
                            .withPlan(
                                    new PlanFacts(
                                            Optional.of(plans[r.nextInt(plans.length)]),
                                            Optional.empty(),
                                            "",
                                            "",
                                            Optional.empty()))
                            .withDenials(List.of(d)));
        }
        return out;
    }

    /**
     * Cold start to the Cases screen shown: launches the packaged jar with the start-up probe, n
     * times.
     */
    private static void startup(int n) throws IOException, InterruptedException {
        if (n == 0) {
            return;
        }
        Path jar = Path.of("target/overturn.jar");
        if (!Files.exists(jar)) {
            System.out.println(
                    "start-up: skipped (build target/overturn.jar first: mvn -q -DskipTests package)");
            return;
        }
        Path data = Files.createTempDirectory("overturn-bench-start");
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            List<String> cmd =
                    new ArrayList<>(
                            List.of(
                                    Path.of(System.getProperty("java.home"), "bin", "java")
                                            .toString(),
                                    "-Doverturn.startupProbe=true"));
            if (System.getenv("DISPLAY") == null) {
                cmd.addAll(
                        List.of(
                                "-Dglass.platform=Monocle",
                                "-Dmonocle.platform=Headless",
                                "-Dprism.order=sw"));
            }
            cmd.addAll(List.of("-jar", jar.toString(), "--data-dir", data.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            long shown = -1;
            try (BufferedReader in =
                    new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("STARTUP_MS ")) {
                        shown = Long.parseLong(line.substring("STARTUP_MS ".length()).trim());
                    }
                }
            }
            p.waitFor();
            times[i] = shown;
        }
        System.out.printf(
                "cold start to the Cases screen shown (JVM start to first frame): median %d ms over %d runs %s%n",
                median(times), n, Arrays.toString(times));
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
