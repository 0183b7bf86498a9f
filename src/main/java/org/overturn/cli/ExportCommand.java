package org.overturn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import org.overturn.core.CoreServices;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.export.p2p.PrepSheetExport;
import org.overturn.export.packet.PacketService;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.PdfFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export packet ID --out FILE.pdf} and {@code export p2p ID --out FILE.pdf}. */
@Command(name = "export", description = "Export documents of a case.",
        subcommands = {ExportCommand.Packet.class, ExportCommand.P2p.class})
public final class ExportCommand implements Runnable {

    @ParentCommand
    OverturnCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "export needs packet or p2p");
    }

    @Command(name = "packet", description = "Write the appeal packet of a case as one PDF.")
    static final class Packet implements Callable<Integer> {
        @ParentCommand ExportCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String idText;
        @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "Where to write the PDF.")
        Path out;

        @Override
        public Integer call() {
            long id = CaseCommand.parseId(idText);
            // The target is checked before the data folder is opened, so a bad path changes nothing.
            try {
                PdfFiles.checkWritable(out);
            } catch (PdfExportException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            CoreServices s = CliServices.open(parent.root.dataDir());
            CaseFile c = s.cases().find(id).orElseThrow(() -> new CliInputException("no case with id " + id));
            int pages;
            try {
                pages = new PacketService(s).export(c, out, (f, what) -> { }, ZonedDateTime.now(CliServices.CLOCK));
            } catch (PdfExportException e) {
                throw new CliInputException("case " + id + ": " + e.getMessage(), e);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println("Wrote " + out + " (" + pages + " pages)");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "p2p", description = "Write the peer-to-peer prep sheet of a case as a PDF (one page, two at most).")
    static final class P2p implements Callable<Integer> {
        @ParentCommand ExportCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String idText;
        @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "Where to write the PDF.")
        Path out;

        @Override
        public Integer call() {
            long id = CaseCommand.parseId(idText);
            // As for the packet: a bad path is refused before the data folder is opened.
            try {
                PdfFiles.checkWritable(out);
            } catch (PdfExportException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            CoreServices s = CliServices.open(parent.root.dataDir());
            CaseFile c = s.cases().find(id).orElseThrow(() -> new CliInputException("no case with id " + id));
            int pages;
            try {
                pages = new PrepSheetExport(s).export(c, out, ZonedDateTime.now(CliServices.CLOCK));
            } catch (PdfExportException e) {
                throw new CliInputException("case " + id + ": " + e.getMessage(), e);
            }
            spec.commandLine().getOut().println("Wrote " + out + " (" + pages + (pages == 1 ? " page)" : " pages)"));
            return ExitCodes.DONE;
        }
    }
}
