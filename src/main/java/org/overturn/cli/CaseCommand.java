package org.overturn.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.core.CaseBundles;
import org.overturn.core.CoreServices;
import org.overturn.core.InputFiles;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.Payer;
import org.overturn.files.DurableFiles;
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
        description = "Import, export, list and show cases.",
        subcommands = {
            CaseCommand.Import.class,
            CaseCommand.Export.class,
            CaseCommand.ListCases.class,
            CaseCommand.Show.class
        })
public final class CaseCommand implements Runnable {

    @ParentCommand OverturnCommand root;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "case needs import, export, list or show");
    }

    CoreServices services() {
        return CliServices.open(root);
    }

    @Command(
            name = "import",
            description =
                    "Import a case JSON file or a case bundle (.overturn, with its documents);"
                            + " prints the new case id. A denial rationale without statements is"
                            + " analysed on the way in.")
    static final class Import implements Callable<Integer> {
        @ParentCommand CaseCommand parent;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @picocli.CommandLine.Option(
                names = "--password-file",
                paramLabel = "F",
                description = "A protected bundle's password, on the first line of this file.")
        Path passwordFile;

        @picocli.CommandLine.Option(
                names = "--password-stdin",
                description = "A protected bundle's password, on the first line of standard input.")
        boolean passwordStdin;

        @picocli.CommandLine.Option(
                names = "--allow-duplicate",
                description = "Import the file even if the same file was imported before.")
        boolean allowDuplicate;

        @Override
        public Integer call() {
            // The file is checked before the data folder is opened, so a refused file writes
            // nothing at all
            // (not even a new database or the daily backup).
            if (CaseBundles.isBundle(CaseBundles.firstBytes(file))) {
                return importBundle();
            }
            InputFiles.CaseRead read;
            try {
                read = InputFiles.readCase(file, LocalDateTime.now(CliServices.CLOCK));
            } catch (InputFiles.Refused e) {
                throw new CliInputException(e.getMessage(), e);
            }
            CoreServices s = parent.services();
            PrintWriter out = spec.commandLine().getOut();
            if (importedBefore(s, read)) {
                return ExitCodes.DONE;
            }
            CaseFile stored = s.importer().importCase(read);
            out.println("Imported case for " + stored.patient().name());
            out.println(stored.id().orElseThrow());
            return ExitCodes.DONE;
        }

        /**
         * Whether the same file was imported before (and the flag does not ask to import it
         * anyway): not an error, as a retry after an import that committed but never said so; says
         * which case it is and prints its id.
         */
        private boolean importedBefore(CoreServices s, InputFiles.CaseRead read) {
            if (allowDuplicate) {
                return false;
            }
            Optional<Long> before = s.importer().importedBefore(read);
            before.ifPresent(
                    id -> {
                        spec.commandLine()
                                .getErr()
                                .println(
                                        "overturn: "
                                                + shown(file)
                                                + " was already imported as case "
                                                + id
                                                + "; not imported again (--allow-duplicate imports it anyway)");
                        spec.commandLine().getOut().println(id);
                    });
            return before.isPresent();
        }

        /**
         * A bundle is checked whole (every part's checksum, the case, its documents) before the
         * data folder is opened; then the case and its documents are stored in one transaction.
         */
        private Integer importBundle() {
            CaseBundles.Checked checked;
            try {
                checked =
                        CaseBundles.read(
                                file,
                                Passwords.optional(passwordFile, passwordStdin, System.in),
                                LocalDateTime.now(CliServices.CLOCK));
            } catch (CaseBundles.PasswordRefused e) {
                throw new CliInputException(
                        e.getMessage()
                                + (e.missing()
                                        ? "; give it with --password-file or --password-stdin"
                                        : ""),
                        e);
            } catch (CaseBundles.Refused e) {
                throw new CliInputException(e.getMessage(), e);
            }
            CoreServices s = parent.services();
            PrintWriter out = spec.commandLine().getOut();
            if (importedBefore(s, new InputFiles.CaseRead(checked.imported(), checked.sha256()))) {
                return ExitCodes.DONE;
            }
            CaseFile stored = new CaseBundles(s).store(checked);
            out.println(
                    "Imported case for "
                            + stored.patient().name()
                            + " with "
                            + checked.documents().size()
                            + (checked.documents().size() == 1 ? " document" : " documents"));
            out.println(stored.id().orElseThrow());
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "export",
            description = {
                "Write a case to a file: FILE.json writes the case file alone (docs/case-format.md);"
                        + " any other name writes a case bundle (.overturn) with every enclosure"
                        + " and every copy of what was sent, to move the case to another"
                        + " computer.",
                "A bundle may be protected with a password (AES-256): --password-file F or"
                        + " --password-stdin."
            })
    static final class Export implements Callable<Integer> {
        @ParentCommand CaseCommand parent;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID")
        String idText;

        @picocli.CommandLine.Option(
                names = "--out",
                paramLabel = "FILE",
                required = true,
                description = "Where to write: FILE.overturn (or any name) or FILE.json.")
        Path out;

        @picocli.CommandLine.Option(
                names = "--password-file",
                paramLabel = "F",
                description =
                        "Protect the bundle with the password on the first line of this file, at"
                                + " least 8 characters.")
        Path passwordFile;

        @picocli.CommandLine.Option(
                names = "--password-stdin",
                description =
                        "Protect the bundle with the password on the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            long id = parseId(idText);
            boolean json = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            Optional<String> password = Passwords.optional(passwordFile, passwordStdin, System.in);
            if (json && password.isPresent()) {
                throw new CliInputException(
                        "a case file (.json) can't be protected with a password; write a bundle"
                                + " (FILE.overturn) instead");
            }
            password.flatMap(org.overturn.domain.security.Passwords::problem)
                    .ifPresent(
                            problem -> {
                                throw new CliInputException(problem);
                            });
            CoreServices s = parent.services();
            CaseFile c = stored(s, id);
            Optional<Payer> payer = c.plan().payerId().flatMap(p -> s.payers().find(p));
            PrintWriter w = spec.commandLine().getOut();
            try {
                if (json) {
                    DurableFiles.write(
                            out,
                            true,
                            o ->
                                    o.write(
                                            s.caseFileText(c, payer)
                                                    .getBytes(StandardCharsets.UTF_8)));
                    w.println("Wrote " + out + " (the case file, without its documents)");
                } else {
                    int docs = new CaseBundles(s).export(c, payer, out, password);
                    w.println(
                            "Wrote "
                                    + out
                                    + " (the case with "
                                    + docs
                                    + (docs == 1 ? " document" : " documents")
                                    + (password.isPresent()
                                            ? ", protected with the password)"
                                            : ")"));
                }
            } catch (CaseBundles.Refused e) {
                throw new CliInputException("case " + id + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new CliInputException(
                        shown(out) + ": could not be written (" + e.getMessage() + ")", e);
            }
            audited(
                    s.audit().fileWritten(AuditAction.CASE_EXPORTED, id, out),
                    spec.commandLine().getErr());
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
