package org.overturn.ui.main;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.overturn.core.Backups;
import org.overturn.core.CaseBundles;
import org.overturn.core.InputFiles;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.ui.backup.PasswordDialog;
import org.overturn.ui.backup.PasswordViewModel;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.OpenFile;
import org.overturn.ui.common.UiServices;

/**
 * File → Import case… and a file dropped on the window: a case file (.json) or a case bundle
 * (.overturn, with its documents). A protected bundle's password is asked for, and asked again
 * after a wrong one; every file is checked whole before anything is written, and a bad one gets one
 * clear line. A file imported before (the same bytes) is not imported twice unasked.
 */
final class CaseImport {

    private final UiServices ctx;
    private final MainViewModel vm;
    private final Notices notices;
    private final Supplier<Window> owner;

    CaseImport(UiServices ctx, MainViewModel vm, Notices notices, Supplier<Window> owner) {
        this.ctx = ctx;
        this.vm = vm;
        this.notices = notices;
        this.owner = owner;
    }

    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.title"));
        chooser.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                Messages.get("import.filter"), "*.overturn", "*.json"));
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) {
            importFrom(f.toPath());
        }
    }

    /** Accepts one dropped case file or bundle (by its name; its content is checked on import). */
    void dragOver(DragEvent e) {
        if (dropped(e.getDragboard()).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    void dragDropped(DragEvent e) {
        Optional<Path> file = dropped(e.getDragboard());
        e.setDropCompleted(file.isPresent());
        e.consume();
        // After the drop returns, so the system's drag ends before any dialog opens.
        file.ifPresent(f -> ctx.background().deferToFx(() -> importFrom(f)));
    }

    private static Optional<Path> dropped(Dragboard board) {
        return board.hasFiles() ? importable(board.getFiles()) : Optional.empty();
    }

    /** The one case file or bundle among dropped files, by its name; several files are refused. */
    static Optional<Path> importable(List<File> files) {
        if (files.size() != 1) {
            return Optional.empty();
        }
        Path f = files.get(0).toPath();
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".overturn") || name.endsWith(".json")
                ? Optional.of(f)
                : Optional.empty();
    }

    /** What a file's first bytes say it is. */
    private enum Kind {
        CASE_FILE,
        BUNDLE,
        SEALED_BUNDLE,
        BACKUP
    }

    /** Imports a case file or bundle, whichever its first bytes say it is. */
    void importFrom(Path file) {
        ctx.background()
                .run(
                        () -> kind(file),
                        kind -> {
                            switch (kind) {
                                case CASE_FILE -> importCaseFile(file);
                                case BUNDLE -> importBundle(file, Optional.empty());
                                case SEALED_BUNDLE -> askPassword(file, Optional.empty());
                                case BACKUP ->
                                        failed(
                                                "import.bundle.failed",
                                                Messages.format(
                                                        "import.isBackup", file.getFileName()));
                            }
                        },
                        e -> failed("import.failed", e.getMessage()));
    }

    private static Kind kind(Path file) {
        // Anything that is not a regular file is left to the case file reader, which says so.
        if (!Files.isRegularFile(file)) {
            return Kind.CASE_FILE;
        }
        byte[] start = CaseBundles.firstBytes(file);
        if (CaseBundles.isSealed(start)) {
            return Kind.SEALED_BUNDLE;
        }
        if (CaseBundles.isBundle(start)) {
            return Kind.BUNDLE;
        }
        try {
            return Backups.isEncrypted(file) ? Kind.BACKUP : Kind.CASE_FILE;
        } catch (Backups.Refused e) {
            return Kind.CASE_FILE;
        }
    }

    private void importCaseFile(Path file) {
        ctx.background()
                .run(
                        () -> {
                            try {
                                InputFiles.CaseRead read =
                                        InputFiles.readCase(file, LocalDateTime.now(ctx.clock()));
                                return new Pending(
                                        ctx.core().importer().importedBefore(read),
                                        () -> ctx.core().importer().importCase(read),
                                        Optional.empty());
                            } catch (InputFiles.Refused e) {
                                throw new IllegalArgumentException(e.getMessage(), e);
                            }
                        },
                        pending -> confirmAndStore(file, pending, "import.failed"),
                        e -> failed("import.failed", e.getMessage()));
    }

    /**
     * Asks a protected bundle's password; after a wrong one, the dialog says so and asks again
     * (Cancel ends the import, nothing written).
     */
    private void askPassword(Path file, Optional<String> problem) {
        PasswordDialog.ask(
                ctx,
                owner.get(),
                PasswordViewModel.Purpose.OPEN_BUNDLE,
                problem,
                password -> importBundle(file, Optional.of(password)));
    }

    private void importBundle(Path file, Optional<String> password) {
        ctx.background()
                .run(
                        () -> {
                            try {
                                CaseBundles.Checked checked =
                                        CaseBundles.read(
                                                file, password, LocalDateTime.now(ctx.clock()));
                                return new Pending(
                                        ctx.core()
                                                .importer()
                                                .importedBefore(
                                                        new InputFiles.CaseRead(
                                                                checked.imported(),
                                                                checked.sha256())),
                                        () -> new CaseBundles(ctx.core()).store(checked),
                                        Optional.of(checked.documents().size()));
                            } catch (CaseBundles.Refused e) {
                                throw new IllegalArgumentException(e.getMessage(), e);
                            }
                        },
                        pending -> confirmAndStore(file, pending, "import.bundle.failed"),
                        e -> {
                            if (password.isPresent() && wrongPassword(e)) {
                                askPassword(file, Optional.of(shortened(file, e.getMessage())));
                            } else {
                                failed("import.bundle.failed", e.getMessage());
                            }
                        });
    }

    /**
     * Whether a sealed bundle was refused at decryption (a wrong password, or a damaged file the
     * cipher can't tell from one) rather than after it: only then is a retry worth offering.
     */
    private static boolean wrongPassword(Throwable e) {
        return e.getCause() instanceof CaseBundles.PasswordRefused r && !r.missing();
    }

    /** The refusal with the file's name instead of its whole path, for the password dialog. */
    private static String shortened(Path file, String message) {
        String whole = file.toString();
        return message.startsWith(whole)
                ? file.getFileName() + message.substring(whole.length())
                : message;
    }

    /**
     * A checked file ready to store, the case it made when it was imported before, and for a bundle
     * how many documents it holds.
     */
    private record Pending(
            Optional<Long> before, Supplier<CaseFile> store, Optional<Integer> documents) {}

    private void confirmAndStore(Path file, Pending pending, String failedKey) {
        if (pending.before().isEmpty()) {
            store(file, pending, failedKey);
            return;
        }
        long before = pending.before().get();
        ButtonType open =
                new ButtonType(
                        Messages.format("import.duplicate.open", before), ButtonBar.ButtonData.YES);
        ButtonType again =
                new ButtonType(Messages.get("import.duplicate.again"), ButtonBar.ButtonData.NO);
        Alert a =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        Messages.format("import.duplicate.body", file.getFileName(), before),
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
                                store(file, pending, failedKey);
                            }
                        });
    }

    private void store(Path file, Pending pending, String failedKey) {
        ctx.background()
                .run(
                        () -> pending.store().get(),
                        (CaseFile c) -> {
                            long id = c.id().orElseThrow();
                            pending.documents()
                                    .ifPresent(
                                            n ->
                                                    OpenFile.tell(
                                                            owner.get(),
                                                            Messages.format(
                                                                    "import.bundle.done",
                                                                    file.getFileName(),
                                                                    id,
                                                                    n),
                                                            file));
                            vm.open(id, () -> {});
                        },
                        e -> failed(failedKey, e.getMessage()));
    }

    private void failed(String headerKey, String message) {
        notices.error(Messages.get(headerKey), message);
    }
}
