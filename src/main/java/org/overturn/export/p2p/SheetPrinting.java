package org.overturn.export.p2p;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.print.Pageable;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.overturn.domain.wording.Wording;

/**
 * Sends a finished sheet PDF to a printer: exactly the pages of that file, through PDFBox's {@link
 * PDFPageable}, never a redrawing of the screen. UI-free: the screen calls it off the FX thread,
 * since the print dialog blocks.
 */
public final class SheetPrinting {

    private SheetPrinting() {}

    /** How a print request ended when it did not fail. */
    public enum Outcome {
        PRINTED,
        CANCELLED
    }

    /** Printing that could not be done, with a message that says why and what to do. */
    public static final class PrintFailure extends Exception {
        private static final long serialVersionUID = 1L;

        public PrintFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The printer side: the system's print dialog and job, or a stand-in in tests. */
    public interface Printer {
        /** Whether any printer is installed. */
        boolean available();

        /** Shows the print dialog for the document; false when the user cancels. */
        boolean dialog(Pageable document, String jobName) throws HeadlessException;

        /** Prints the document the dialog was shown for. */
        void print() throws PrinterException;
    }

    /** The system's printers through java.awt.print. */
    public static Printer system() {
        return new Printer() {
            private PrinterJob job;

            @Override
            public boolean available() {
                return PrinterJob.lookupPrintServices().length > 0;
            }

            @Override
            public boolean dialog(Pageable document, String jobName) {
                if (GraphicsEnvironment.isHeadless()) {
                    throw new HeadlessException();
                }
                job = PrinterJob.getPrinterJob();
                job.setJobName(jobName);
                job.setPageable(document);
                return job.printDialog();
            }

            @Override
            public void print() throws PrinterException {
                job.print();
            }
        };
    }

    /**
     * A sheet opened from its file for printing: the document and the pages handed to the printer.
     */
    public static final class Opened implements AutoCloseable {
        private final PDDocument doc;
        private final PDFPageable pageable;

        private Opened(PDDocument doc) {
            this.doc = doc;
            this.pageable = new PDFPageable(doc);
        }

        public Pageable pageable() {
            return pageable;
        }

        public int pages() {
            return pageable.getNumberOfPages();
        }

        public String title() {
            String t = doc.getDocumentInformation().getTitle();
            return t == null || t.isBlank() ? Wording.of("p2p").text("sheet.documentTitle") : t;
        }

        @Override
        public void close() {
            try {
                doc.close();
            } catch (IOException ignored) {
                // read-only document; nothing to save or lose
            }
        }
    }

    /** Opens exactly the bytes of the file as pages for a printer. */
    public static Opened open(Path pdf) throws PrintFailure {
        try {
            return new Opened(Loader.loadPDF(pdf.toFile()));
        } catch (IOException e) {
            throw new PrintFailure(
                    "The sheet could not be read for printing: " + e.getMessage(), e);
        }
    }

    /** Shows the print dialog for the sheet in {@code pdf} and prints it unless cancelled. */
    public static Outcome print(Path pdf, Printer printer) throws PrintFailure {
        if (!printer.available()) {
            throw new PrintFailure(
                    "No printer is set up on this computer. Export the PDF instead and print it from "
                            + "a computer that has one.",
                    null);
        }
        try (Opened sheet = open(pdf)) {
            if (!printer.dialog(sheet.pageable(), sheet.title())) {
                return Outcome.CANCELLED;
            }
            printer.print();
            return Outcome.PRINTED;
        } catch (HeadlessException e) {
            throw new PrintFailure(
                    "The print dialog cannot open here (no display). Export the PDF instead and print "
                            + "it from a computer with a desktop.",
                    e);
        } catch (PrinterAbortException e) {
            return Outcome.CANCELLED;
        } catch (PrinterException e) {
            throw new PrintFailure("The printer refused the sheet: " + e.getMessage(), e);
        }
    }
}
