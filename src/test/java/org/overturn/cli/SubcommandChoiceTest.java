package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * A run builds only the commands its arguments name (picocli's model of every command was a fifth
 * of a one-page export), and reads exactly as a run with every command would.
 */
class SubcommandChoiceTest {

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(
                        OverturnCommand.subcommandsFor(
                                new String[] {"export", "p2p", "1", "--out", "s.pdf"}))
                .containsExactly(ExportCommand.class);
        assertThat(OverturnCommand.subcommandsFor(new String[] {"--data-dir", "d", "case", "list"}))
                .containsExactly(CaseCommand.class);
    }

    @Test
    void withNoCommandNamedEveryCommandIsBuiltInHelpOrder() {
        assertThat(OverturnCommand.subcommandsFor(new String[] {"--help"}))
                .isEqualTo(OverturnCommand.SUBCOMMANDS);
        assertThat(OverturnCommand.subcommandsFor(new String[] {"cse", "list"}))
                .isEqualTo(OverturnCommand.SUBCOMMANDS);
        // the same option twice is the parser's to refuse, not a crash here
        assertThat(
                        OverturnCommand.subcommandsFor(
                                new String[] {"--data-dir", "a", "--data-dir", "a"}))
                .isEqualTo(OverturnCommand.SUBCOMMANDS);
    }

    @Test
    void aValueThatIsACommandsNameOnlyAddsThatCommand() {
        assertThat(
                        OverturnCommand.subcommandsFor(
                                new String[] {"--data-dir", "report", "case", "list"}))
                .containsExactly(CaseCommand.class, ReportCommand.class);
    }

    @Test
    void everyCommandHasItsOwnName() {
        List<String> names =
                OverturnCommand.SUBCOMMANDS.stream()
                        .map(c -> c.getAnnotation(Command.class).name())
                        .toList();
        assertThat(names).doesNotHaveDuplicates().doesNotContain("", "<main class>");
    }

    @Test
    void helpListsEveryCommandAndACommandsOwnHelpIsUnchanged() {
        CliRun.Result all = CliRun.run("--help");
        assertThat(all.code()).isZero();
        int last = -1;
        for (Class<?> c : OverturnCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            int at = all.out().indexOf("\n  " + name + " ");
            assertThat(at).as(name).isGreaterThan(last);
            last = at;
        }
        CliRun.Result one = CliRun.run("export", "--help");
        assertThat(one.code()).isZero();
        assertThat(one.out()).contains("packet", "p2p", "complaint", "bundle");
    }

    @Test
    void aMistypedCommandIsRefusedAsBefore() {
        CliRun.Result r = CliRun.run("cse", "list");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err())
                .isEqualTo(
                        "overturn: Unmatched arguments from index 0: 'cse', 'list' (try --help)\n");
    }

    @Test
    void aValueNamingAnotherCommandIsReadAsWithEveryCommand() {
        // picocli takes a command's name for the command, not for an option's value: built only
        // when named, "report" would have become the data folder's name here instead
        CliRun.Result r = CliRun.run("--data-dir", "report", "case", "list");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err())
                .isEqualTo(
                        "overturn: Expected parameter for option '--data-dir' but found 'report'"
                                + " (try --help)\n");
    }
}
