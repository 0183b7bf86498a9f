package org.overturn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.overturn.core.CoreServices;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.CaseRules;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.Payer;
import org.overturn.persistence.json.CaseFormatException;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.json.ImportedCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code case import|list|show}. */
@Command(name = "case", description = "Import, list and show cases.",
        subcommands = {CaseCommand.Import.class, CaseCommand.ListCases.class, CaseCommand.Show.class})
public final class CaseCommand implements Runnable {

    @ParentCommand
    OverturnCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "case needs import, list or show");
    }

    CoreServices services() {
        return CliServices.open(root.dataDir());
    }

    @Command(name = "import", description = "Import a case JSON file; prints the new case id. A denial rationale "
            + "without statements is analysed on the way in.")
    static final class Import implements Callable<Integer> {
        @ParentCommand CaseCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE.json") Path file;
        @picocli.CommandLine.Option(names = "--allow-duplicate",
                description = "Import the file even if the same file was imported before.")
        boolean allowDuplicate;

        @Override
        public Integer call() {
            String text = readUtf8(file);
            ImportedCase imported;
            // The file is checked before the data folder is opened, so a refused file writes nothing at all
            // (not even a new database or the daily backup).
            try {
                imported = new CaseJson().read(text);
            } catch (CaseFormatException e) {
                throw new CliInputException(shown(file) + ": " + e.getMessage(), e);
            }
            List<String> problems = CaseRules.problems(imported.caseFile(), LocalDateTime.now(CliServices.CLOCK));
            if (!problems.isEmpty()) {
                throw new CliInputException(shown(file) + ": case." + problems.get(0));
            }
            CoreServices s = parent.services();
            String sha = sha256(text);
            PrintWriter out = spec.commandLine().getOut();
            if (!allowDuplicate) {
                java.util.Optional<Long> before = s.cases().importedFrom(sha);
                if (before.isPresent()) {
                    // Not an error: a retry after an import that committed but never said so.
                    spec.commandLine().getErr().println("overturn: " + shown(file) + " was already imported as case "
                            + before.get() + "; not imported again (--allow-duplicate imports it anyway)");
                    out.println(before.get());
                    return ExitCodes.DONE;
                }
            }
            CaseFile stored = s.importer().importCase(imported, java.util.Optional.of(sha));
            out.println("Imported case for " + stored.patient().name());
            out.println(stored.id().orElseThrow());
            return ExitCodes.DONE;
        }
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A file's name as a one-line message shows it: a line break or other control character in it is made visible. */
    static String shown(Path file) {
        return org.overturn.persistence.json.Printable.visible(file.toString(), 300);
    }

    /** The largest file an import reads: a case file with its text is far smaller. */
    static final long MAX_IMPORT_BYTES = 50L * 1024 * 1024;

    /**
     * Reads a regular file of at most 50 MB as UTF-8 (a leading byte-order mark is dropped). A device, a pipe or a
     * folder is refused before anything is read, so {@code /dev/zero} can't fill the memory and a pipe can't hang.
     */
    static String readUtf8(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (!Files.isRegularFile(file)) {
                throw new CliInputException(shown(file) + ": not a regular file (a folder, a device or a pipe); give a "
                        + "JSON file");
            }
            if (Files.size(file) > MAX_IMPORT_BYTES) {
                throw new CliInputException(shown(file) + ": larger than 50 MB (" + Files.size(file) / (1024 * 1024)
                        + " MB); a case or profile file is far smaller");
            }
            byte[] bytes = Files.readAllBytes(file);
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, start,
                    bytes.length - start)).toString();
        } catch (NoSuchFileException e) {
            throw new CliInputException(shown(file) + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new CliInputException(shown(file) + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new CliInputException(shown(file) + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    @Command(name = "list", description = "List the cases.")
    static final class ListCases implements Callable<Integer> {
        @ParentCommand CaseCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--json", description = "JSON only on stdout.") boolean json;

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
            TextTable t = new TextTable("ID", "PATIENT", "PAYER", "PLAN TYPE", "LEVEL OF CARE", "STATUS", "DENIAL DATE");
            for (CaseSummary r : rows) {
                t.row(String.valueOf(r.id()), r.patientName(), r.payerName(),
                        r.planType().map(HasId::id).orElse(""), r.levelOfCare().map(HasId::id).orElse(""),
                        r.status().id(), r.denialDate().map(Object::toString).orElse(""));
            }
            t.print(out);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "show", description = "Show one case.")
    static final class Show implements Callable<Integer> {
        @ParentCommand CaseCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String idText;
        @Option(names = "--json", description = "The case file format on stdout.") boolean json;

        @Override
        public Integer call() {
            long id = parseId(idText);
            CoreServices s = parent.services();
            CaseFile c = s.cases().find(id).orElseThrow(() -> new CliInputException("no case with id " + id));
            Optional<Payer> payer = c.plan().payerId().flatMap(pid -> s.payers().find(pid));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(s.caseJson().export(c, payer));
            } else {
                new CaseText(c, payer).print(out);
            }
            return ExitCodes.DONE;
        }
    }

    static long parseId(String text) {
        try {
            long id = Long.parseLong(text.trim());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new CliInputException("'" + text + "' is not a case id (a positive whole number)");
        }
    }
}
