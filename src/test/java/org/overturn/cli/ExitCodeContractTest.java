package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.overturn.cli.CliRun.run;

import org.junit.jupiter.api.Test;
import org.overturn.cli.CliRun.Result;

/**
 * Issue 13, item 14: every refusal exits 2 with one line in the user's words; help and version are
 * not refusals, and nothing extra is quietly accepted.
 */
class ExitCodeContractTest {

    private static void refusedInOneLine(Result r) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip())
                .doesNotContain("\n")
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    @Test
    void aDateBeyondAnyCalendarIsRefusedNotAnUnexpectedFailure() {
        Result r =
                run(
                        "deadlines",
                        "--plan-type",
                        "erisa-insured",
                        "--denial-type",
                        "pre-service",
                        "--notice-date",
                        "+999999999-12-31");
        refusedInOneLine(r);
        assertThat(r.err()).contains("--notice-date");
    }

    @Test
    void aFarFutureButValidDateIsRefusedAsImplausible() {
        Result r =
                run(
                        "deadlines",
                        "--plan-type",
                        "erisa-insured",
                        "--denial-type",
                        "pre-service",
                        "--notice-date",
                        "9999-12-31");
        refusedInOneLine(r);
        assertThat(r.err()).contains("--notice-date");
    }

    @Test
    void anEmptyDataFolderIsRefusedRatherThanWritingIntoTheCurrentFolder() {
        Result r = run("--data-dir", "", "case", "list");
        refusedInOneLine(r);
        assertThat(r.err()).contains("--data-dir");
    }

    @Test
    void versionWithSomethingAfterItIsRefused() {
        refusedInOneLine(run("--version", "extra"));
        Result ok = run("--version");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).startsWith("Overturn ");
    }

    @Test
    void helpOnACommandWithRequiredOptionsShowsTheHelp() {
        Result r = run("deadlines", "--help");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("--plan-type").contains("--notice-date");
    }
}
