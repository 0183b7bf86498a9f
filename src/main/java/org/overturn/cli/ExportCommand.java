package org.overturn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.core.ComplaintExport;
import org.overturn.core.CoreServices;
import org.overturn.core.PacketService;
import org.overturn.core.PrepSheetExport;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.ComplaintRoute;
import org.overturn.domain.complaints.Regulator;
import org.overturn.domain.letters.ComplaintComposer;
import org.overturn.domain.readiness.Problem;
import org.overturn.export.packet.PacketExporter;
import org.overturn.export.packet.PacketNotReadyException;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.PdfFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export packet ID --out FILE.pdf} and {@code export p2p ID --out FILE.pdf}. */
@Command(
        name = "export",
        description = "Export documents of a case.",
        subcommands = {
            ExportCommand.Packet.class,
            ExportCommand.P2p.class,
            ExportCommand.Complaint.class,
            ExportCommand.Bundle.class
        })
public final class ExportCommand implements Runnable {

    @ParentCommand OverturnCommand root;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "export needs packet, p2p, complaint or bundle");
    }

    /**
     * What a document export writes for one case, protected with the password when one is given:
     * the pages.
     */
    @FunctionalInterface
    interface Writer {
        int write(CoreServices s, CaseFile c, Path out, Optional<String> password)
                throws PdfExportException;
    }

    /**
     * {@code --password-file F} or {@code --password-stdin}: protect the PDF for email or a portal
     * upload.
     */
    static final class Protection {
        @Option(
                names = "--password-file",
                paramLabel = "F",
                description =
                        "Protect the PDF (AES-256) with the "
                                + "password on the first line of this file, at least 8 characters; tell the recipient it by phone.")
        Path passwordFile;

        @Option(
                names = "--password-stdin",
                description =
                        "Protect the PDF with the password on the first line of "
                                + "standard input.")
        boolean passwordStdin;

        Optional<String> password() {
            Optional<String> p = Passwords.optional(passwordFile, passwordStdin, System.in);
            p.flatMap(org.overturn.domain.security.Passwords::problem)
                    .ifPresent(
                            problem -> {
                                throw new CliInputException(problem);
                            });
            return p;
        }
    }

    /**
     * The shared steps: the target is checked before the data folder is opened (a bad path changes
     * nothing), the case is found, and a refusal (no consent, a broken enclosure) becomes one line
     * and exit 2.
     */
    int export(
            String idText,
            Path out,
            AuditAction action,
            Protection protection,
            Writer writer,
            PrintWriter w) {
        long id = CaseCommand.parseId(idText);
        try {
            PdfFiles.checkWritable(out);
        } catch (PdfExportException e) {
            throw new CliInputException(e.getMessage(), e);
        }
        Optional<String> password = protection.password();
        CoreServices s = CliServices.open(root);
        CaseFile c = CaseCommand.stored(s, id);
        int pages;
        try {
            pages = writer.write(s, c, out, password);
        } catch (PdfExportException e) {
            throw new CliInputException("case " + id + ": " + e.getMessage(), e);
        }
        w.println(
                "Wrote "
                        + out
                        + " ("
                        + pages
                        + (pages == 1 ? " page" : " pages")
                        + (password.isPresent() ? ", protected with the password)" : ")"));
        CaseCommand.audited(s.audit().fileWritten(action, id, out), spec.commandLine().getErr());
        timeline(s, id, action, pages, spec.commandLine().getErr());
        return ExitCodes.DONE;
    }

    /**
     * The export goes on the case's timeline; the file is written either way, so a failure here is
     * a warning.
     */
    private static void timeline(
            CoreServices s, long id, AuditAction action, int pages, PrintWriter err) {
        String what =
                switch (action) {
                    case PACKET_EXPORTED -> TimelineEvent.PACKET;
                    case COMPLAINT_EXPORTED -> TimelineEvent.COMPLAINT;
                    default -> TimelineEvent.PREP_SHEET;
                };
        try {
            s.cases()
                    .find(id)
                    .ifPresent(
                            c ->
                                    s.cases()
                                            .update(
                                                    c.withEvent(
                                                            TimelineEvent.exported(
                                                                    LocalDate.now(),
                                                                    what,
                                                                    pages))));
        } catch (RuntimeException e) {
            err.println(
                    "overturn: warning: the file was written, but the case's timeline could not be updated ("
                            + e.getMessage()
                            + ")");
            err.flush();
        }
    }

    @Command(
            name = "packet",
            description =
                    "Write the appeal packet of a case as one PDF, or --check what blocks it.")
    static final class Packet implements Callable<Integer> {
        @ParentCommand ExportCommand parent;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID")
        String idText;

        @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where to write the PDF.")
        Path out;

        @Option(
                names = "--check",
                description = "List what blocks the export and what weakens it; write nothing.")
        boolean check;

        @picocli.CommandLine.ArgGroup(exclusive = false)
        Protection protection = new Protection();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (check) {
                return check(err);
            }
            if (out == null) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "export packet needs --out FILE.pdf " + "or --check");
            }
            ZonedDateTime now = ZonedDateTime.now(CliServices.CLOCK);
            return parent.export(
                    idText,
                    out,
                    AuditAction.PACKET_EXPORTED,
                    protection,
                    (s, c, target, password) -> {
                        PacketExporter exporter = new PacketService(s).exporter(c, now);
                        try {
                            int pages = exporter.export(target, (f, what) -> {}, password);
                            exporter.readiness().stream()
                                    .filter(p -> !p.blocks())
                                    .forEach(p -> err.println(p.line()));
                            return pages;
                        } catch (PacketNotReadyException e) {
                            // One line per blocking problem, each naming what is missing; nothing
                            // was written.
                            throw new CliInputException(e.getMessage(), e);
                        }
                    },
                    spec.commandLine().getOut());
        }

        /** Prints every problem, blocking first; exit 2 when any blocks. */
        private int check(PrintWriter err) {
            long id = CaseCommand.parseId(idText);
            CoreServices s = CliServices.open(parent.root);
            CaseFile c = CaseCommand.stored(s, id);
            List<Problem> problems =
                    new PacketService(s)
                            .exporter(c, ZonedDateTime.now(CliServices.CLOCK))
                            .readiness();
            PrintWriter w = spec.commandLine().getOut();
            problems.stream().filter(Problem::blocks).forEach(p -> w.println(p.line()));
            problems.stream().filter(p -> !p.blocks()).forEach(p -> w.println(p.line()));
            if (problems.isEmpty()) {
                w.println("ready: nothing blocks the packet");
            }
            return problems.stream().anyMatch(Problem::blocks)
                    ? ExitCodes.BAD_INPUT
                    : ExitCodes.DONE;
        }
    }

    @Command(
            name = "p2p",
            description =
                    "Write the peer-to-peer prep sheet of a case as a PDF (one page, two at most).")
    static final class P2p implements Callable<Integer> {
        @ParentCommand ExportCommand parent;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID")
        String idText;

        @Option(
                names = "--out",
                paramLabel = "FILE.pdf",
                required = true,
                description = "Where to write the PDF.")
        Path out;

        @picocli.CommandLine.ArgGroup(exclusive = false)
        Protection protection = new Protection();

        @Override
        public Integer call() {
            return parent.export(
                    idText,
                    out,
                    AuditAction.P2P_SHEET_EXPORTED,
                    protection,
                    (s, c, target, password) ->
                            new PrepSheetExport(s)
                                    .export(
                                            c,
                                            target,
                                            ZonedDateTime.now(CliServices.CLOCK),
                                            password),
                    spec.commandLine().getOut());
        }
    }

    /** {@code --to}: the office named, if any. */
    static Optional<Regulator> office(String to) {
        if (to == null) {
            return Optional.empty();
        }
        return Optional.of(
                HasId.find(Regulator.class, to)
                        .orElseThrow(
                                () ->
                                        new CliInputException(
                                                "--to: no office called \"" + to + "\"")));
    }

    @Command(
            name = "complaint",
            description = {
                "Write a complaint about the case's denial as a PDF: to a regulator under federal"
                        + " parity law or a state criteria law, or a letter to the employer that"
                        + " sponsors the plan.",
                "Who takes it follows from the plan type, its funding and the state it is issued"
                        + " in; without --to the usual one is chosen."
            })
    static final class Complaint implements Callable<Integer> {
        @ParentCommand ExportCommand parent;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID")
        String idText;

        @Option(
                names = "--kind",
                paramLabel = "KIND",
                required = true,
                description = "parity, state-law or employer.")
        String kind;

        @Option(
                names = "--to",
                paramLabel = "OFFICE",
                description =
                        "ebsa, cms, state-insurance, ca-dmhc, ca-cdi, state-medicaid or"
                                + " plan-sponsor: one of those that take this kind for the plan.")
        String to;

        @Option(
                names = "--out",
                paramLabel = "FILE.pdf",
                required = true,
                description = "Where to write the PDF.")
        Path out;

        @Override
        public Integer call() {
            ComplaintKind k =
                    HasId.find(ComplaintKind.class, kind)
                            .orElseThrow(
                                    () ->
                                            new CliInputException(
                                                    "--kind must be parity, state-law or employer,"
                                                            + " not \""
                                                            + kind
                                                            + "\""));
            Optional<Regulator> who = office(to);
            PrintWriter w = spec.commandLine().getOut();
            List<String> notes = new ArrayList<>();
            int code =
                    parent.export(
                            idText,
                            out,
                            AuditAction.COMPLAINT_EXPORTED,
                            new Protection(),
                            (s, c, target, password) -> {
                                ComplaintExport x = new ComplaintExport(s);
                                ComplaintRoute route = x.route(c, k);
                                if (who.isPresent()
                                        && route.open()
                                        && !route.addressees().contains(who.get())) {
                                    throw new PdfExportException(
                                            who.get().id()
                                                    + " does not take this for this plan; it goes to "
                                                    + String.join(
                                                            " or ",
                                                            route.addressees().stream()
                                                                    .map(Regulator::id)
                                                                    .toList()));
                                }
                                ZonedDateTime now = ZonedDateTime.now(CliServices.CLOCK);
                                ComplaintComposer.Result r = x.draft(c, k, who, now.toLocalDate());
                                if (r.draft().isEmpty()) {
                                    throw new PdfExportException(r.refusal().orElseThrow());
                                }
                                notes.addAll(route.notes());
                                return x.export(c, r.draft().get(), List.of(), target, now);
                            },
                            w);
            notes.forEach(n -> w.println("Note: " + n));
            return code;
        }
    }

    @Command(
            name = "bundle",
            description = {
                "Write a program's parity complaint about one payer's denials across several cases"
                        + " as a PDF. Each case appears by its case number only; no patient is"
                        + " named.",
                "The cases must share the payer and an office that takes their plans' complaints;"
                        + " without --to the usual one is chosen."
            })
    static final class Bundle implements Callable<Integer> {
        @ParentCommand ExportCommand parent;
        @Spec CommandSpec spec;

        @Option(
                names = "--cases",
                paramLabel = "ID,ID...",
                required = true,
                split = ",",
                description = "The case numbers, at least two.")
        List<String> ids;

        @Option(
                names = "--to",
                paramLabel = "OFFICE",
                description = "ebsa, cms, state-insurance, ca-dmhc, ca-cdi or state-medicaid.")
        String to;

        @Option(
                names = "--out",
                paramLabel = "FILE.pdf",
                required = true,
                description = "Where to write the PDF.")
        Path out;

        @Override
        public Integer call() {
            List<Long> numbers = ids.stream().map(CaseCommand::parseId).distinct().toList();
            Optional<Regulator> who = office(to);
            try {
                PdfFiles.checkWritable(out);
            } catch (PdfExportException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            CoreServices s = CliServices.open(parent.root);
            List<CaseFile> cases = numbers.stream().map(id -> CaseCommand.stored(s, id)).toList();
            ComplaintExport x = new ComplaintExport(s);
            ZonedDateTime now = ZonedDateTime.now(CliServices.CLOCK);
            ComplaintComposer.Result r = x.bundle(cases, who, now.toLocalDate());
            if (r.draft().isEmpty()) {
                throw new CliInputException(r.refusal().orElseThrow());
            }
            int pages;
            try {
                pages = x.exportBundle(r.draft().get(), List.of(), out, now);
            } catch (PdfExportException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println(
                    "Wrote "
                            + out
                            + " ("
                            + pages
                            + (pages == 1 ? " page" : " pages")
                            + ", "
                            + cases.size()
                            + " cases, to "
                            + r.draft().get().to().label()
                            + ")");
            CaseCommand.audited(
                    s.audit().databaseFile(AuditAction.COMPLAINT_BUNDLE_EXPORTED, out),
                    spec.commandLine().getErr());
            return ExitCodes.DONE;
        }
    }
}
