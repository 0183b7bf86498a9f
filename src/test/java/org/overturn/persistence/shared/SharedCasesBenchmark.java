package org.overturn.persistence.shared;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.persistence.json.CaseJson;
import org.overturn.ui.cases.CasesViewModel;
import org.overturn.ui.common.Background;

/**
 * Speed of the Cases list on the shared store (issue 18): 10,000 cases on a throwaway PostgreSQL
 * server on this computer. A runnable benchmark, not a test: {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test
 * -Dexec.mainClass=org.overturn.persistence.shared.SharedCasesBenchmark}. Goal: the list loaded in
 * under 200 ms on localhost.
 *
 * <p>The cases are the five shipped samples, each copy with its own patient name, its dates moved
 * together by up to a year and a half, a status and one of 300 payers (a few without one). The
 * figures are taken in fresh JVMs started from this one, so the first load is really the first in
 * its process (the JDBC driver, the row mapping and the list's code all still to load, as when the
 * app opens on the Cases screen): once with the client compiler only, as the installed app runs,
 * once with the optimizing compiler. Each load makes a new store and logs in afresh, as each of the
 * store's calls opens its own connection; a last row shows what a connection kept open between
 * loads would give, for comparison. Extra flags for those JVMs (a JFR recording, say): {@code
 * -Dbench.jvmArgs="-XX:StartFlightRecording=filename=/tmp/shared.jfr"}; {@code
 * -Dbench.compilers=client} and {@code -Dbench.only=list} (of summaries, list, login, kept) measure
 * only those, {@code -Dbench.runs=} sets how many warm loads are measured.
 */
public final class SharedCasesBenchmark {

    private static final int CASES = 10_000;
    private static final int PAYERS = 300;
    private static final int WARM_UP = 10;
    private static final int RUNS = Integer.getInteger("bench.runs", 15);

    private static final String USER = "bench_clinician";
    private static final String PASSWORD = "bench-clinician-pw-1";

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
        "Reyes", "Thị Ánh", "Żółć", "Παπαδόπουλος", "Петров", "Garcia", "Smith", "Okafor",
        "Lindqvist", "Wang", "Adeyemi", "Sharma", "Berg", "Ørsted", "Mensah", "Haddad"
    };
    private static final String[] PAYER_WORDS = {
        "Cascade",
        "Harbor",
        "Summit",
        "Prairie",
        "Lakeshore",
        "Redwood",
        "Keystone",
        "Bluegrass",
        "Granite",
        "Delta",
        "Pioneer",
        "Evergreen"
    };
    private static final String[] PAYER_KINDS = {
        "Mutual Health", "Health Plan", "Care Alliance", "Community Health", "Benefit Trust"
    };

    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

    private SharedCasesBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--measure")) {
            measure(args[1], Integer.parseInt(args[2]), args[3]);
            return;
        }
        try (PgServer server = PgServer.start()) {
            String db = server.newDatabase("bench");
            try (Connection c = server.owner(db)) {
                SharedStoreSchema.init(c);
            }
            server.user(USER, PASSWORD, "overturn_clinician");
            long t0 = System.nanoTime();
            fill(server, db);
            System.out.printf(
                    "PostgreSQL %s on 127.0.0.1, %,d cases over %d payers stored in %,d ms%n",
                    serverVersion(server, db), CASES, PAYERS, ms(t0));
            System.out.printf(
                    "load average before measuring: %s; %d cores%n",
                    loadAverage(), Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    "%nEach figure is one fresh store over the session's connections, as the app"
                            + " keeps them (SharedStore), then the load (ms); logging in is a new"
                            + " connection each time. Cold: the first in a new JVM; warm: the best, median and worst of %d after %d"
                            + " more.%n",
                    RUNS, WARM_UP);
            System.out.printf(
                    "%-44s %-22s %6s %6s %8s %6s%n",
                    "", "compiler", "cold", "best", "median", "worst");
            List<String> extra = extraJvmArgs();
            for (String compiler :
                    System.getProperty("bench.compilers", "client,optimizing").split(",")) {
                List<String> flags = new ArrayList<>(extra);
                if (compiler.equals("client")) {
                    flags.add("-XX:TieredStopAtLevel=1");
                }
                for (String what :
                        System.getProperty("bench.only", "summaries,list,login,kept").split(",")) {
                    child(
                            flags,
                            what,
                            server.port,
                            db,
                            compiler.equals("client") ? "client (as installed)" : compiler);
                }
            }
            System.out.printf("%nload average after: %s%n", loadAverage());
        }
    }

    // ---- the data
    // -------------------------------------------------------------------------------------

    private static void fill(PgServer server, String db) throws Exception {
        List<Long> payers = new ArrayList<>();
        Random r = new Random(18);
        try (Connection c = server.owner(db);
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO overturn.payer (entry) VALUES (jsonb_build_object("
                                        + "'name', ?::text, 'appealsAddress', ?::text,"
                                        + " 'appealsFax', ?::text, 'phone', ?::text,"
                                        + " 'portal', ?::text, 'behavioralHealthManager', ?::text))"
                                        + " RETURNING id")) {
            for (int i = 0; i < PAYERS; i++) {
                String name =
                        PAYER_WORDS[i % PAYER_WORDS.length]
                                + " "
                                + PAYER_KINDS[(i / PAYER_WORDS.length) % PAYER_KINDS.length]
                                + (i < PAYER_WORDS.length * PAYER_KINDS.length ? "" : " " + i);
                ps.setString(1, name);
                ps.setString(2, "Attn: Appeals\nPO Box " + (1000 + i) + "\nSacramento, CA 95812");
                ps.setString(3, String.format("(916) 555-%04d", i));
                ps.setString(4, String.format("(800) 555-%04d", i));
                ps.setString(5, name + " provider portal");
                ps.setString(6, i % 3 == 0 ? "Northline Behavioral Management" : "");
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    payers.add(rs.getLong(1));
                }
            }
        }
        List<String> samples = SampleCases.ALL.stream().map(SampleCases::text).toList();
        CaseJson json = new CaseJson();
        CaseStatus[] statuses = CaseStatus.values();
        PostgresCaseStore store =
                new PostgresCaseStore(() -> server.owner(db), json, Clock.systemDefaultZone());
        List<CaseFile> batch = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String text = shifted(samples.get(i % samples.size()), r.nextInt(-450, 90));
            CaseFile c = json.read(text).caseFile();
            Patient p = c.patient();
            PlanFacts plan = c.plan();
            Optional<Long> payer =
                    r.nextInt(25) == 0
                            ? Optional.empty()
                            : Optional.of(payers.get(r.nextInt(payers.size())));
            batch.add(
                    c.withPatient(
                                    new Patient(
                                            FIRST[r.nextInt(FIRST.length)]
                                                    + " "
                                                    + LAST[r.nextInt(LAST.length)]
                                                    + " "
                                                    + i,
                                            p.dateOfBirth(),
                                            p.memberId(),
                                            p.groupNumber(),
                                            p.state()))
                            .withStatus(statuses[r.nextInt(statuses.length)])
                            .withPlan(
                                    new PlanFacts(
                                            plan.planType(),
                                            payer,
                                            plan.planName(),
                                            plan.issuedState(),
                                            plan.employerSponsored(),
                                            plan.employerName(),
                                            plan.shareWithEmployer())));
            if (batch.size() == 500) {
                store.createAll(batch);
                batch.clear();
            }
        }
        store.createAll(batch);
        // A store in use has been through autovacuum; this makes the figures repeatable.
        try (Connection c = server.owner(db);
                Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) overturn.case_file, overturn.payer");
        }
    }

    /** The sample's text with every date (and date-time) in it moved by {@code days}. */
    private static String shifted(String text, int days) {
        Matcher m = DATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, LocalDate.parse(m.group(1)).plusDays(days).toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String serverVersion(PgServer server, String db) throws SQLException {
        try (Connection c = server.owner(db)) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    // ---- the measuring JVMs
    // ---------------------------------------------------------------------------

    private static void child(List<String> flags, String what, int port, String db, String label)
            throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags);
        cmd.addAll(
                List.of(
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        classPath(),
                        SharedCasesBenchmark.class.getName(),
                        "--measure",
                        what,
                        Integer.toString(port),
                        db));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("the measuring JVM failed:\n" + out);
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("ROW ")) {
                String[] f = line.substring(4).split("\t");
                System.out.printf(
                        "%-44s %-22s %6s %6s %8s %6s%n", f[0], label, f[1], f[2], f[3], f[4]);
            } else if (!line.isBlank()) {
                System.out.println("  " + line);
            }
        }
    }

    /**
     * The class path this JVM runs on: under {@code exec:java} the project's is in the plugin's
     * class loader, not in {@code java.class.path}.
     */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader l = SharedCasesBenchmark.class.getClassLoader();
                l != null;
                l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (Exception e) {
                        // not a file: not for a class path
                    }
                }
            }
        }
        entries.addAll(
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        // SLF4J comes with a test library, not with the app, and would warn that it has nowhere
        // to log.
        entries.removeIf(e -> e.contains("slf4j"));
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> extraJvmArgs() {
        String s = System.getProperty("bench.jvmArgs", "").strip();
        return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
    }

    // ---- in the measuring JVM
    // -------------------------------------------------------------------------

    private static void measure(String what, int port, String db) throws Exception {
        SharedStoreLocation at =
                SharedStoreLocation.parse("postgresql://" + USER + "@127.0.0.1:" + port + "/" + db);
        // As the app would connect to a server on this computer it was allowed to reach without
        // TLS.
        Properties props = at.properties(USER, PASSWORD, true);
        PostgresCaseStore.Connections login =
                () -> DriverManager.getConnection(at.jdbcUrl(), props);
        // The app's own: the session's SharedStore, which keeps idle connections for the next call.
        SharedStore session =
                SharedStore.open(at, USER, PASSWORD, true, java.util.Optional.empty());
        PostgresCaseStore.Connections app = session.connections();
        CasesScreen screen = what.equals("list") ? new CasesScreen() : null;
        Load load =
                switch (what) {
                    case "summaries" -> () -> check(store(app).summaries().size());
                    case "list" -> () -> screen.load(store(app));
                    case "kept" -> {
                        PostgresCaseStore.Connections once = kept(login);
                        yield () -> check(store(once).summaries().size());
                    }
                    case "login" ->
                            () -> {
                                try (Connection c = login.open()) {
                                    c.isValid(1);
                                }
                            };
                    default -> throw new IllegalArgumentException(what);
                };
        long s = System.nanoTime();
        load.run();
        long cold = micros(s);
        for (int i = 0; i < WARM_UP; i++) {
            load.run();
        }
        long[] warm = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            s = System.nanoTime();
            load.run();
            warm[i] = micros(s);
        }
        Arrays.sort(warm);
        String name =
                switch (what) {
                    case "summaries" -> "PostgresCaseStore.summaries(), 10,000 rows";
                    case "list" -> "Cases list loaded (summaries + rows, sorted)";
                    case "kept" -> "summaries() over one connection never closed";
                    default -> "of which logging in (connection opened)";
                };
        System.out.printf(
                "ROW %s\t%s\t%s\t%s\t%s%n",
                name,
                msText(cold),
                msText(warm[0]),
                msText(warm[RUNS / 2]),
                msText(warm[RUNS - 1]));
    }

    /**
     * One connection, opened at the first call and never closed by the store: what the figures
     * would be if the app kept its connection between loads (the store opens one for each call).
     */
    private static PostgresCaseStore.Connections kept(PostgresCaseStore.Connections login) {
        Connection[] one = new Connection[1];
        return () -> {
            if (one[0] == null) {
                one[0] = login.open();
            }
            return (Connection)
                    Proxy.newProxyInstance(
                            Connection.class.getClassLoader(),
                            new Class<?>[] {Connection.class},
                            (proxy, method, args) -> {
                                if (method.getName().equals("close")) {
                                    return null;
                                }
                                try {
                                    return method.invoke(one[0], args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
        };
    }

    @FunctionalInterface
    private interface Load {
        void run() throws Exception;
    }

    private static PostgresCaseStore store(PostgresCaseStore.Connections login) {
        return new PostgresCaseStore(login, new CaseJson(), Clock.systemDefaultZone());
    }

    /**
     * The Cases screen's own load: its view model (one for the screen's life, as in the app) asks
     * the store for the summaries on a worker thread and makes, sorts and filters the rows from
     * them; all but the table's drawing.
     */
    private static final class CasesScreen implements CasesViewModel.Operations {
        private final Background background =
                new Background(
                        r -> {
                            r.run();
                            this.done.countDown();
                        });
        private final CasesViewModel vm =
                new CasesViewModel(background, this, Clock.systemDefaultZone());
        private volatile PostgresCaseStore store;
        private volatile CountDownLatch done;

        void load(PostgresCaseStore fresh) throws InterruptedException {
            store = fresh;
            done = new CountDownLatch(1);
            vm.reload();
            if (!done.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the list did not load");
            }
            if (!vm.messageProperty().get().isEmpty()) {
                throw new IllegalStateException(vm.messageProperty().get());
            }
            check(vm.rows().size());
        }

        @Override
        public List<CaseSummary> summaries() {
            return store.summaries();
        }

        @Override
        public CaseFile create(CaseFile c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseFile createFromDenial(CaseFile c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseFile importSample(SampleCases.Sample s) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(long id) {
            throw new UnsupportedOperationException();
        }
    }

    private static void check(int rows) {
        if (rows != CASES) {
            throw new IllegalStateException(rows + " rows, not " + CASES);
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }

    private static String msText(long micros) {
        return String.format("%.0f", micros / 1000.0);
    }
}
