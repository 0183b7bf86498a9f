package org.overturn.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.core.CoreServices;
import org.overturn.core.InputFiles;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.Payer;
import org.overturn.persistence.json.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code case import|list|show}. */
@Command(
        name = "case",
        description = "Import, list and show cases.",
        subcommands = {
            CaseCommand.Import.class,
            CaseCommand.ListCases.class,
            CaseCommand.Show.class
        })
public final class CaseCommand implements Runnable {

    @ParentCommand OverturnCommand root;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "case needs import, list or show");
    }

    CoreServices services() {
        return CliServices.open(root.dataDir());
    }

    @Command(
            name = "import",
            description =
                    "Import a case JSON file; prints the new case id. A denial rationale "
                            + "without statements is analysed on the way in.")
    static final class Import implements Callable<Integer> {
        @ParentCommand CaseCommand parent;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE.json")
        Path file;

        @picocli.CommandLine.Option(
                names = "--allow-duplicate",
                description = "Import the file even if the same file was imported before.")
        boolean allowDuplicate;

        @Override
        public Integer call() {
            // The file is checked before the data folder is opened, so a refused file writes
            // nothing at all
            // (not even a new database or the daily backup).
            InputFiles.CaseRead read;
            try {
                read = InputFiles.readCase(file, LocalDateTime.now(CliServices.CLOCK));
            } catch (InputFiles.Refused e) {
                throw new CliInputException(e.getMessage(), e);
            }
            CoreServices s = parent.services();
            PrintWriter out = spec.commandLine().getOut();
            if (!allowDuplicate) {
                Optional<Long> before = s.importer().importedBefore(read);
                if (before.isPresent()) {
                    // Not an error: a retry after an import that committed but never said so.
                    spec.commandLine()
                            .getErr()
                            .println(
                                    "overturn: "
                                            + shown(file)
                                            + " was already imported as case "
                                            + before.get()
                                            + "; not imported again (--allow-duplicate imports it anyway)");
                    out.println(before.get());
                    return ExitCodes.DONE;
                }
            }
            CaseFile stored = s.importer().importCase(read);
            out.println("Imported case for " + stored.patient().name());
            out.println(stored.id().orElseThrow());
            return ExitCodes.DONE;
        }
    }

    /** Reads a file handed to a command; a refusal is one line and exit 2. */
    static String readUtf8(Path file) {
        try {
            return InputFiles.readUtf8(file);
        } catch (InputFiles.Refused e) {
            throw new CliInputException(e.getMessage(), e);
        }
    }

    /**
     * A file's name as a one-line message shows it: a line break or other control character in it
     * is made visible.
     */
    static String shown(Path file) {
        return Printable.visible(file.toString(), 300);
    }

    @Command(name = "list", description = "List the cases.")
    static final class ListCases implements Callable<Integer> {
        @ParentCommand CaseCommand parent;
        @Spec CommandSpec spec;

        @Option(names = "--json", description = "JSON only on stdout.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            List<CaseSummary> rows = parent.services().cases().summaries();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ArrayNode arr = m.createArrayNode();
                for (CaseSummary r : rows) {
                    ObjectNode o = arr.addObject();
                    o.put("id", r.id());
                    o.put("patient", r.patientName());
                    o.put("payer", r.payerName());
                    o.put("planType", r.planType().map(HasId::id).orElse(null));
                    o.put("levelOfCare", r.levelOfCare().map(HasId::id).orElse(null));
                    o.put("status", r.status().id());
                    o.put("denialDate", r.denialDate().map(Object::toString).orElse(null));
                }
                ObjectNode root = m.createObjectNode();
                root.set("cases", arr);
                out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
                return ExitCodes.DONE;
            }
            if (rows.isEmpty()) {
                out.println("No cases yet. Import one with: case import FILE.json");
                return ExitCodes.DONE;
            }
            TextTable t =
                    new TextTable(
                            "ID",
                            "PATIENT",
                            "PAYER",
                            "PLAN TYPE",
                            "LEVEL OF CARE",
                            "STATUS",
                            "DENIAL DATE");
            for (CaseSummary r : rows) {
                t.row(
                        String.valueOf(r.id()),
                        r.patientName(),
                        r.payerName(),
                        r.planType().map(HasId::id).orElse(""),
                        r.levelOfCare().map(HasId::id).orElse(""),
                        r.status().id(),
                        r.denialDate().map(Object::toString).orElse(""));
            }
            t.print(out);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "show", description = "Show one case.")
    static final class Show implements Callable<Integer> {
        @ParentCommand CaseCommand parent;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID")
        String idText;

        @Option(names = "--json", description = "The case file format on stdout.")
        boolean json;

        @Override
        public Integer call() {
            long id = parseId(idText);
            CoreServices s = parent.services();
            CaseFile c = stored(s, id);
            Optional<Payer> payer = c.plan().payerId().flatMap(pid -> s.payers().find(pid));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(s.caseFileText(c, payer));
            } else {
                new CaseText(c, payer).print(out);
            }
            return ExitCodes.DONE;
        }
    }

    /**
     * A file was written but its activity-log line could not be stored: said on stderr, the command
     * still succeeds.
     */
    static void audited(boolean recorded, PrintWriter err) {
        if (!recorded) {
            err.println(
                    "overturn: warning: the file was written, but the activity log could not record it");
        }
    }

    /** The stored case with this id; a refusal in one line (exit 2) when there is none. */
    static CaseFile stored(CoreServices s, long id) {
        return s.cases().find(id).orElseThrow(() -> new CliInputException("no case with id " + id));
    }

    static long parseId(String text) {
        try {
            long id = Long.parseLong(text.trim());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new CliInputException(
                    "'" + text + "' is not a case id (a positive whole number)");
        }
    }
}
