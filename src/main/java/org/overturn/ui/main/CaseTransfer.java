package org.overturn.ui.main;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.overturn.core.InputFiles;
import org.overturn.core.SampleCases;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.export.AtomicFile;
import org.overturn.ui.clock.CalendarExport;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;

/**
 * File → Import case, Export case and Export deadlines: case files in and out of the data folder.
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

    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.get("import.filter"), "*.json"));
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) {
            importFrom(f.toPath());
        }
    }

    /**
     * Imports a case file; a bad file gets one clear message and nothing is written. A file
     * imported before (the same text) is not imported twice unasked: the clinician opens the case
     * it made, or imports it again.
     */
    void importFrom(Path file) {
        ctx.background()
                .run(
                        () -> {
                            try {
                                InputFiles.CaseRead read =
                                        InputFiles.readCase(file, LocalDateTime.now(ctx.clock()));
                                return new PendingImport(
                                        read, ctx.core().importer().importedBefore(read));
                            } catch (InputFiles.Refused e) {
                                throw new IllegalArgumentException(e.getMessage(), e);
                            }
                        },
                        pending -> {
                            if (pending.before().isEmpty()) {
                                store(pending.read());
                                return;
                            }
                            long before = pending.before().get();
                            ButtonType open =
                                    new ButtonType(
                                            Messages.format("import.duplicate.open", before),
                                            ButtonBar.ButtonData.YES);
                            ButtonType again =
                                    new ButtonType(
                                            Messages.get("import.duplicate.again"),
                                            ButtonBar.ButtonData.NO);
                            Alert a =
                                    new Alert(
                                            Alert.AlertType.CONFIRMATION,
                                            Messages.format(
                                                    "import.duplicate.body",
                                                    file.getFileName(),
                                                    before),
                                            open,
                                            again,
                                            ButtonType.CANCEL);
                            a.setHeaderText(Messages.get("import.duplicate.title"));
                            a.initOwner(owner.get());
                            a.showAndWait()
                                    .ifPresent(
                                            choice -> {
                                                if (choice == open) {
                                                    vm.open(before, () -> {});
                                                } else if (choice == again) {
                                                    store(pending.read());
                                                }
                                            });
                        },
                        e -> notices.error(Messages.get("import.failed"), e.getMessage()));
    }

    /** A checked file, and the case it made when it was imported before. */
    private record PendingImport(InputFiles.CaseRead read, Optional<Long> before) {}

    private void store(InputFiles.CaseRead read) {
        ctx.background()
                .run(
                        () -> ctx.core().importer().importCase(read),
                        (CaseFile c) -> vm.open(c.id().orElseThrow(), () -> {}),
                        e -> notices.error(Messages.get("import.failed"), e.getMessage()));
    }

    void exportCase() {
        vm.openCase()
                .ifPresent(
                        w -> {
                            w.flush();
                            File f =
                                    ctx.saveDialogs()
                                            .ask(
                                                    owner.get(),
                                                    new SaveDialogs.Request(
                                                            "case",
                                                            Messages.get("export.title"),
                                                            "case-" + w.caseId() + ".json",
                                                            "JSON",
                                                            "*.json"))
                                            .map(Path::toFile)
                                            .orElse(null);
                            if (f == null) {
                                return;
                            }
                            CaseFile c = w.caseFile();
                            Optional<Payer> payer = w.payer();
                            ctx.background()
                                    .run(
                                            () -> {
                                                writeAtomically(
                                                        f.toPath(),
                                                        ctx.core().caseFileText(c, payer));
                                                c.id().ifPresent(
                                                                id ->
                                                                        ctx.core()
                                                                                .audit()
                                                                                .fileWritten(
                                                                                        AuditAction
                                                                                                .CASE_EXPORTED,
                                                                                        id,
                                                                                        f
                                                                                                .toPath()));
                                                return f.toPath();
                                            },
                                            p -> {},
                                            e ->
                                                    notices.error(
                                                            Messages.get("export.failed"),
                                                            e.getMessage()));
                        });
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
