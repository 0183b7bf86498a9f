package org.overturn.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.overturn.core.CaseBundles;
import org.overturn.core.SampleCases;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.export.AtomicFile;
import org.overturn.ui.clock.CalendarExport;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.OpenFile;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.overturn.ui.transfer.BundleExportDialog;
import org.overturn.ui.transfer.BundleExportViewModel;

/**
 * File → Export case, Export deadlines, Delete case and Samples (File → Import case is {@link
 * CaseImport}).
 */
final class CaseTransfer {

    private final UiServices ctx;
    private final MainViewModel vm;
    private final Notices notices;
    private final Supplier<Window> owner;

    CaseTransfer(UiServices ctx, MainViewModel vm, Notices notices, Supplier<Window> owner) {
        this.ctx = ctx;
        this.vm = vm;
        this.notices = notices;
        this.owner = owner;
    }

    /**
     * File → Export case…: a case bundle with the case's documents (the default, optionally
     * protected with a password) or the case file alone; written off the FX thread, whole or not at
     * all, recorded in the activity log, and said in the status bar.
     */
    void exportCase() {
        vm.openCase()
                .ifPresent(
                        w -> {
                            w.flush();
                            SaveDialogs.Type bundle =
                                    new SaveDialogs.Type(
                                            Messages.get("export.type.bundle"), "*.overturn");
                            SaveDialogs.Type json =
                                    new SaveDialogs.Type(
                                            Messages.get("export.type.json"), "*.json");
                            ctx.saveDialogs()
                                    .ask(
                                            owner.get(),
                                            new SaveDialogs.Request(
                                                    "case",
                                                    Messages.get("export.title"),
                                                    "case-" + w.caseId() + ".overturn",
                                                    bundle.name(),
                                                    bundle.pattern(),
                                                    List.of(json)))
                                    .ifPresent(f -> exportTo(w, f));
                        });
    }

    private void exportTo(WorkspaceViewModel w, Path file) {
        CaseFile c = w.caseFile();
        Optional<Payer> payer = w.payer();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            ctx.background()
                    .run(
                            () -> {
                                writeAtomically(file, ctx.core().caseFileText(c, payer));
                                audit(c, file);
                                return file;
                            },
                            p ->
                                    OpenFile.tell(
                                            owner.get(),
                                            Messages.format("export.done.json", w.caseId(), p),
                                            p),
                            e -> notices.error(Messages.get("export.failed"), e.getMessage()));
            return;
        }
        int documents = c.packet().enclosures().size() + c.packet().submissions().size();
        BundleExportDialog.ask(
                ctx,
                owner.get(),
                new BundleExportViewModel(file.getFileName().toString(), documents),
                password -> exportBundle(w.caseId(), c, payer, file, password));
    }

    private void exportBundle(
            long caseId, CaseFile c, Optional<Payer> payer, Path file, Optional<String> password) {
        ctx.background()
                .run(
                        () -> {
                            // The documents are read from the data folder: let queued saves land.
                            ctx.background().flushWrites();
                            try {
                                int n =
                                        new CaseBundles(ctx.core())
                                                .export(c, payer, file, password);
                                audit(c, file);
                                return n;
                            } catch (CaseBundles.Refused e) {
                                throw new IllegalStateException(e.getMessage(), e);
                            }
                        },
                        n ->
                                OpenFile.tell(
                                        owner.get(),
                                        Messages.format(
                                                password.isPresent()
                                                        ? "export.done.bundleSealed"
                                                        : "export.done.bundle",
                                                caseId,
                                                n,
                                                file),
                                        file),
                        e -> notices.error(Messages.get("export.failed"), e.getMessage()));
    }

    private void audit(CaseFile c, Path file) {
        c.id().ifPresent(id -> ctx.core().audit().fileWritten(AuditAction.CASE_EXPORTED, id, file));
    }

    void exportCalendar() {
        vm.openCase().ifPresent(w -> new CalendarExport(ctx).run(w.caseFile(), owner.get()));
    }

    static void writeAtomically(Path target, String text) {
        try {
            AtomicFile.write(text.getBytes(StandardCharsets.UTF_8), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the case after asking; says so when no case is open or selected. */
    void delete(Optional<Long> id) {
        if (id.isEmpty()) {
            notices.error(Messages.get("delete.title"), Messages.get("delete.nothingSelected"));
            return;
        }
        Alert confirm =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        Messages.format("delete.confirm", id.get()),
                        ButtonType.CANCEL,
                        ButtonType.OK);
        confirm.setHeaderText(Messages.get("delete.title"));
        confirm.initOwner(owner.get());
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            vm.closeCase();
            vm.cases().delete(id.get());
        }
    }

    /** File → Samples: one item per shipped sample case, each opening a new copy of it. */
    void listSamples(Menu menu) {
        for (SampleCases.Sample s : SampleCases.ALL) {
            MenuItem item = new MenuItem(Messages.get(s.titleKey()));
            item.setOnAction(
                    e -> vm.cases().openSample(s, c -> vm.open(c.id().orElseThrow(), () -> {})));
            menu.getItems().add(item);
        }
    }
}
