package org.overturn.ui.p2p;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;
import org.overturn.core.PrepSheetExport;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.export.p2p.SheetPrinting;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.OpenFile;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The prep sheet's Export PDF… and Print… buttons: the PDF is made off the FX thread from the open
 * case, saved through a temp file, and either offered to open or handed, exactly as saved, to the
 * print dialog.
 */
public final class SheetExport {

    private final UiServices services;
    private final WorkspaceViewModel workspace;
    private final PrepSheetExport export;
    private final SheetPrinting.Printer printer;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>();

    public SheetExport(
            UiServices services, WorkspaceViewModel workspace, SheetPrinting.Printer printer) {
        this.services = services;
        this.workspace = workspace;
        this.export = new PrepSheetExport(services.core());
        this.printer = printer;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(services.clock());
    }

    /** Asks where to save, then exports there. */
    public void chooseAndExport(Window owner) {
        services.saveDialogs()
                .ask(
                        owner,
                        new SaveDialogs.Request(
                                "p2p",
                                Messages.get("p2p.pdf.chooserTitle"),
                                "p2p-prep-case-" + workspace.caseFile().id().orElse(0L) + ".pdf",
                                "PDF",
                                "*.pdf"))
                .ifPresent(f -> exportTo(f, owner));
    }

    /**
     * Exports the sheet to the file, then offers to open it (tests call this: they cannot drive a
     * file chooser).
     */
    public void exportTo(Path target, Window owner) {
        CaseFile c = workspace.caseFile();
        start(Messages.get("p2p.pdf.running"));
        services.background()
                .run(
                        () -> {
                            try {
                                int pages = export.export(c, target, now());
                                c.id().ifPresent(
                                                id ->
                                                        services.core()
                                                                .audit()
                                                                .fileWritten(
                                                                        AuditAction
                                                                                .P2P_SHEET_EXPORTED,
                                                                        id,
                                                                        target));
                                return pages;
                            } catch (PdfExportException e) {
                                throw new IllegalStateException(e.getMessage(), e);
                            }
                        },
                        pages -> {
                            workspace.edit(
                                    x ->
                                            x.withEvent(
                                                    TimelineEvent.exported(
                                                            LocalDate.now(services.clock()),
                                                            TimelineEvent.PREP_SHEET,
                                                            pages)));
                            finish(
                                    Messages.format("p2p.pdf.done", target.getFileName(), pages),
                                    false);
                            lastExport.set(target);
                            offerToOpen(target, owner);
                        },
                        this::fail);
    }

    /** Makes the sheet in a temp file, then shows the print dialog for exactly that file. */
    public void print() {
        CaseFile c = workspace.caseFile();
        start(Messages.get("p2p.pdf.printing"));
        services.background()
                .run(
                        () -> {
                            Path tmp = null;
                            try {
                                tmp = Files.createTempFile("overturn-p2p-", ".pdf");
                                export.export(c, tmp, now());
                                SheetPrinting.Outcome outcome = SheetPrinting.print(tmp, printer);
                                if (outcome == SheetPrinting.Outcome.PRINTED) {
                                    Path printed = tmp;
                                    c.id().ifPresent(
                                                    id ->
                                                            services.core()
                                                                    .audit()
                                                                    .fileWritten(
                                                                            AuditAction
                                                                                    .P2P_SHEET_PRINTED,
                                                                            id,
                                                                            printed));
                                }
                                return outcome;
                            } catch (PdfExportException | SheetPrinting.PrintFailure e) {
                                throw new IllegalStateException(e.getMessage(), e);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            } finally {
                                delete(tmp);
                            }
                        },
                        outcome ->
                                finish(
                                        Messages.get(
                                                outcome == SheetPrinting.Outcome.PRINTED
                                                        ? "p2p.pdf.printed"
                                                        : "p2p.pdf.cancelled"),
                                        false),
                        this::fail);
    }

    private static void delete(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a temp file in the system's temp folder; the system clears it
            }
        }
    }

    private void start(String message) {
        busy.set(true);
        failed.set(false);
        status.set(message);
    }

    /**
     * The message first, then the flags: whoever waits on {@code failed} or {@code busy} (a
     * listener, a test polling from another thread) finds the message already there.
     */
    private void finish(String message, boolean error) {
        status.set(message);
        failed.set(error);
        busy.set(false);
    }

    private void fail(Throwable t) {
        Throwable cause =
                t instanceof IllegalStateException && t.getCause() != null ? t.getCause() : t;
        finish(
                cause instanceof PdfExportException || cause instanceof SheetPrinting.PrintFailure
                        ? cause.getMessage()
                        : Messages.format("p2p.pdf.failed", String.valueOf(cause.getMessage())),
                true);
    }

    private void offerToOpen(Path file, Window owner) {
        OpenFile.offer(services, file, owner, Messages.get("p2p.pdf.doneHeader"), status::set);
    }

    void open(Path file) {
        OpenFile.open(services, file, status::set);
    }
}
