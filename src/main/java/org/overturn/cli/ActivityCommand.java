package org.overturn.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.overturn.domain.audit.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code activity}: the activity log, newest first (the same lines as Help → Activity). */
@Command(
        name = "activity",
        description = "Show the activity log: exports, prints, submissions, backups and restores.")
final class ActivityCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand OverturnCommand root;
    @Spec CommandSpec spec;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "How many lines, newest first (1 to 100000; default 50).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 100_000) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--limit must be between 1 and 100000, not " + limit);
        }
        List<AuditEntry> lines = CliServices.open(root).audit().recent(limit);
        PrintWriter out = spec.commandLine().getOut();
        if (lines.isEmpty()) {
            out.println("Nothing exported, printed, submitted, backed up or restored yet.");
            return ExitCodes.DONE;
        }
        TextTable t = new TextTable("WHEN", "USER", "CASE", "WHAT", "SHA-256");
        ZoneId zone = CliServices.CLOCK.getZone();
        for (AuditEntry e : lines) {
            t.row(
                    WHEN.format(e.at().atZone(zone)),
                    e.osUser(),
                    e.caseId().isPresent() ? String.valueOf(e.caseId().getAsLong()) : "-",
                    e.label(),
                    e.sha256().orElse("-"));
        }
        t.print(out);
        return ExitCodes.DONE;
    }
}
