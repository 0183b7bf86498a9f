package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, item 14 over a generated corpus of bad command lines (every command, each option left
 * without its value, given a wrong value or twice, unknown options and commands): each exits 2 with
 * one line in the user's words, no class names or library internals, and the data folder is left as
 * it was.
 */
class BadCommandLineCorpusTest {

    @TempDir static Path dir;
    private static Path data;

    /**
     * What no refusal may show: class and package names, exception and parser vocabulary, control
     * characters.
     */
    private static final Pattern INTERNALS =
            Pattern.compile(
                    "java\\.|javax\\.|com\\.fasterxml|org\\.(sqlite|apache|overturn)|picocli\\.|Exception|StreamReadConstraints"
                            + "|CTRL-CHAR|(?<!/dev/)\\bnull\\b|\\$|\\p{Cc}|\\p{Cf}");

    @BeforeAll
    static void folder() {
        data = dir.resolve("data");
        assertThat(CliRun.run("--data-dir", data.toString(), "case", "list").code()).isZero();
    }

    static Stream<List<String>> corpus() {
        List<List<String>> out = new ArrayList<>();
        String[] deadlinesBase = {
            "deadlines",
            "--plan-type",
            "erisa-insured",
            "--denial-type",
            "concurrent",
            "--notice-date",
            "2026-11-16"
        };
        String[] dateOptions = {
            "--notice-date",
            "--received",
            "--appeal-filed",
            "--final-denial",
            "--hearing-requested",
            "--auth-starts",
            "--auth-ends",
            "--last-covered",
            "--action-date",
            "--first-day-refused",
            "--suit-by"
        };
        String[] badDates = {
            "",
            "2026-13-01",
            "2026-02-30",
            "11/16/2026",
            "yesterday",
            "0000-01-01",
            "9999-12-31",
            "+999999999-12-31",
            "2026-11-16T10:00",
            "2026\u0000-11-16"
        };
        for (String option : dateOptions) {
            for (String bad : badDates) {
                List<String> line = new ArrayList<>(List.of(deadlinesBase));
                int at = line.indexOf(option);
                if (at >= 0) {
                    line.set(at + 1, bad);
                } else {
                    line.add(option);
                    line.add(bad);
                }
                out.add(line);
            }
        }
        for (String bad :
                new String[] {
                    "", "ERISA", "erisa", "medicaid", "x".repeat(5000), "erisa-insured,fehb"
                }) {
            out.add(
                    List.of(
                            "deadlines",
                            "--plan-type",
                            bad,
                            "--denial-type",
                            "concurrent",
                            "--notice-date",
                            "2026-11-16"));
        }
        for (String bad : new String[] {"", "Concurrent", "retro", "urgent"}) {
            out.add(
                    List.of(
                            "deadlines",
                            "--plan-type",
                            "fehb",
                            "--denial-type",
                            bad,
                            "--notice-date",
                            "2026-11-16"));
        }
        for (String bad : new String[] {"", "0", "-1", "121", "ninety", "90.5", "99999999999"}) {
            out.add(
                    List.of(
                            deadlinesBase[0],
                            "--plan-type",
                            "medicaid-mco",
                            "--denial-type",
                            "concurrent",
                            "--notice-date",
                            "2026-11-16",
                            "--state-hearing-days",
                            bad));
        }
        for (String bad : new String[] {"", "2026-11-16", "2026-11-16T25:00", "10:00"}) {
            out.add(
                    List.of(
                            "deadlines",
                            "--plan-type",
                            "erisa-insured",
                            "--denial-type",
                            "concurrent",
                            "--notice-date",
                            "2026-11-16",
                            "--urgent",
                            "--received-at",
                            bad));
        }
        out.add(List.of("deadlines"));
        out.add(List.of("deadlines", "--plan-type", "fehb"));
        out.add(
                List.of(
                        "deadlines",
                        "--plan-type",
                        "erisa-insured",
                        "--denial-type",
                        "post-service",
                        "--notice-date",
                        "2026-11-16",
                        "--urgent"));
        out.add(
                List.of(
                        "deadlines",
                        "--plan-type",
                        "erisa-insured",
                        "--denial-type",
                        "concurrent",
                        "--notice-date",
                        "2026-11-16",
                        "--decision-level",
                        "supreme"));
        for (String bad :
                new String[] {"", "0", "-3", "abc", "1.5", "99999999999999999999", "1 2", "0x10"}) {
            out.add(List.of("case", "show", bad));
            out.add(List.of("export", "packet", bad, "--out", dir.resolve("x.pdf").toString()));
            out.add(List.of("export", "p2p", bad, "--out", dir.resolve("x.pdf").toString()));
        }
        out.add(List.of("case", "show", "424242"));
        out.add(List.of("export", "packet", "424242", "--out", dir.resolve("x.pdf").toString()));
        out.add(List.of("export", "p2p", "424242", "--out", dir.resolve("x.pdf").toString()));
        out.add(List.of("export", "packet", "1"));
        out.add(List.of("export", "p2p", "1"));
        out.add(List.of("export"));
        out.add(List.of("export", "letter", "1"));
        out.add(List.of("export", "packet", "1", "--out", "/dev/null"));
        out.add(List.of("export", "packet", "1", "--out", dir.toString()));
        out.add(List.of("case", "import"));
        out.add(List.of("case", "import", dir.resolve("missing.json").toString()));
        out.add(List.of("case", "import", dir.toString()));
        out.add(List.of("case", "import", "/dev/null"));
        out.add(List.of("profile", "import"));
        out.add(List.of("profile", "import", dir.resolve("missing.json").toString()));
        out.add(List.of("case"));
        out.add(List.of("profile"));
        for (String[] score :
                new String[][] {
                    {"--instrument", "locus", "--ratings", ""},
                    {"--instrument", "locus", "--ratings", "3,3,3"},
                    {"--instrument", "locus", "--ratings", "3,3,3,3,3,3,9"},
                    {"--instrument", "locus", "--ratings", "a,b,c"},
                    {"--instrument", "locus", "--ratings", "3,3,3,3,3,3,-1"},
                    {"--instrument", "calocus", "--ratings", "1"},
                    {"--instrument", "asam", "--ratings", "5,5,5,5,5,5"},
                    {"--instrument", "gaf", "--ratings", "3"},
                    {"--instrument", "", "--ratings", "3"},
                    {"--ratings", "3,3,3,3,3,3,3"},
                    {"--instrument", "locus"},
                    {"--instrument", "locus", "--ratings", "3,3,3,3,3,3,3,3"},
                    {"--instrument", "locus", "--ratings", "3;3;3;3;3;3;3"}
                }) {
            List<String> line = new ArrayList<>(List.of("score"));
            line.addAll(List.of(score));
            out.add(line);
        }
        for (String[] rest :
                new String[][] {
                    {"nonsense"},
                    {"--frobnicate"},
                    {"case", "list", "--frobnicate"},
                    {"case", "list", "extra"},
                    {"case", "frob"},
                    {"--version", "extra"},
                    {"--data-dir"},
                    {"--data-dir", ""},
                    {"activity", "--limit", "0"},
                    {"activity", "--limit", "x"},
                    {"activity", "--limit", "-5"},
                    {"activity", "--limit", "100001"},
                    {"snapshot"},
                    {"snapshot", "--out", dir.toString(), "--size", "0x0"},
                    {"snapshot", "--out", dir.toString(), "--size", "big"},
                    {"case", "show"}
                }) {
            out.add(List.of(rest));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void refusedInOneLineInTheUsersWords(List<String> args) throws Exception {
        List<String> all = new ArrayList<>();
        if (!args.contains("--data-dir")) {
            all.addAll(List.of("--data-dir", data.toString()));
        }
        all.addAll(args);
        byte[] before = Files.readAllBytes(data.resolve("overturn.db"));

        CliRun.Result r = CliRun.run(all.toArray(String[]::new));

        assertThat(r.code()).as("%s%nout: %s%nerr: %s", args, r.out(), r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).as("%s", args).hasSize(1);
        assertThat(r.err().strip())
                .as("%s", args)
                .startsWith("overturn: ")
                .doesNotContainPattern(INTERNALS);
        assertThat(r.err().length()).as("%s", args).isLessThan(600);
        assertThat(Files.readAllBytes(data.resolve("overturn.db")))
                .as("%s", args)
                .isEqualTo(before);
    }

    @Test
    void theCorpusIsLargeEnoughToMeanSomething() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(165);
    }
}
