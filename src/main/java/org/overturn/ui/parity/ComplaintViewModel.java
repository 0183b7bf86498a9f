package org.overturn.ui.parity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.ComplaintRoute;
import org.overturn.domain.complaints.Regulator;
import org.overturn.domain.letters.ComplaintComposer;
import org.overturn.domain.letters.ComplaintDraft;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The complaint dialog: the kind, who takes it (the usual one first), why there is nothing to send
 * when nobody takes it or the draft is refused, the notes for the clinician, the addressee's lines
 * the signer may type over, the letter as it will read, and Save, which writes the PDF off the FX
 * thread, logs it and puts it on the case's timeline.
 */
public final class ComplaintViewModel {

    private final WorkspaceViewModel workspace;
    private final ComplaintWork work;

    public final ObjectProperty<ComplaintKind> kind =
            new SimpleObjectProperty<>(ComplaintKind.PARITY);
    private final ObservableList<Regulator> addressees = FXCollections.observableArrayList();
    // One read-only view each: a listener on a view made per call would go with the view.
    private final ObservableList<Regulator> addresseesView =
            FXCollections.unmodifiableObservableList(addressees);
    public final ObjectProperty<Regulator> to = new SimpleObjectProperty<>();

    /** The addressee's lines as printed; the draft's until the signer types over them. */
    public final StringProperty addressText = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<String> notesView =
            FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyObjectWrapper<ComplaintDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSave;
    private final ChangeListener<CaseFile> caseChanged = (o, a, c) -> reroute();

    // The draft's own addressee lines, to tell the signer's typing from the draft's.
    private String draftAddress = "";
    private boolean routing;

    public ComplaintViewModel(WorkspaceViewModel workspace, ComplaintWork work) {
        this.workspace = workspace;
        this.work = work;
        this.canSave =
                Bindings.createBooleanBinding(
                        () -> draft.get() != null && !busy.get(), draft, busy);
        kind.addListener((o, a, k) -> reroute());
        to.addListener(
                (o, a, t) -> {
                    if (!routing) {
                        redraft();
                    }
                });
        workspace.caseFileProperty().addListener(caseChanged);
        reroute();
    }

    /** Stops following the case (the dialog is closed). */
    public void dispose() {
        workspace.caseFileProperty().removeListener(caseChanged);
    }

    public ObservableList<Regulator> addressees() {
        return addresseesView;
    }

    public ObservableList<String> notes() {
        return notesView;
    }

    /** Why there is nothing to send, or "". */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComplaintDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** The letter as it will read: the subject, the salutation and the paragraphs. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
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

    /** Says something in the dialog's status line (where the file is, when it can't be opened). */
    public void report(String text) {
        status.set(text);
    }

    /** A draft is there and nothing is being written. */
    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** The name the save dialog offers: {@code complaint-parity-case-4.pdf}. */
    public String fileName() {
        return "complaint-" + kind.get().id() + "-case-" + workspace.caseId() + ".pdf";
    }

    private void reroute() {
        CaseFile c = workspace.caseFile();
        ComplaintRoute route = work.route(c, kind.get());
        Regulator chosen = to.get();
        routing = true;
        try {
            addressees.setAll(route.addressees());
            notes.setAll(route.notes());
            // The signer's choice stays while the office still takes it.
            to.set(
                    chosen != null && route.addressees().contains(chosen)
                            ? chosen
                            : route.first().orElse(null));
        } finally {
            routing = false;
        }
        if (!route.open()) {
            show(Optional.empty(), route.refusal().orElse(""));
        } else {
            redraft();
        }
    }

    private void redraft() {
        Regulator who = to.get();
        if (who == null) {
            return;
        }
        ComplaintComposer.Result r =
                work.draft(workspace.caseFile(), payer(), kind.get(), who, today());
        show(r.draft(), r.refusal().orElse(""));
    }

    private void show(Optional<ComplaintDraft> d, String why) {
        draft.set(d.orElse(null));
        refusal.set(d.isPresent() ? "" : why);
        preview.set(d.map(ComplaintViewModel::previewOf).orElse(""));
        if (d.isEmpty()) {
            addressText.set("");
            draftAddress = "";
            return;
        }
        String address = String.join("\n", d.get().addressee());
        // Lines typed over the draft's stay until the office changes.
        boolean typedOver = !addressText.get().isBlank() && !addressText.get().equals(draftAddress);
        if (!typedOver || !address.equals(draftAddress)) {
            addressText.set(address);
        }
        draftAddress = address;
    }

    static String previewOf(ComplaintDraft d) {
        return Messages.format("complaint.preview.subject", d.subject())
                + "\n\n"
                + d.salutation()
                + "\n\n"
                + d.body();
    }

    /** The lines typed over the draft's, or empty when they are the draft's own. */
    List<String> addresseeOverride() {
        String typed = addressText.get().strip();
        if (typed.isEmpty() || typed.equals(draftAddress.strip())) {
            return List.of();
        }
        return Arrays.stream(typed.split("\\R")).map(String::strip).toList();
    }

    private Optional<Payer> payer() {
        return workspace.payer();
    }

    private LocalDate today() {
        return LocalDate.now(workspace.clock());
    }

    /**
     * Writes the letter to {@code target} off the FX thread, then adds it to the case's timeline;
     * {@code done} gets the file once written.
     */
    public void save(Path target, Consumer<Path> done) {
        ComplaintDraft d = draft.get();
        if (d == null || busy.get()) {
            return;
        }
        CaseFile c = workspace.caseFile();
        Optional<Payer> p = payer();
        List<String> addressee = addresseeOverride();
        ZonedDateTime now = ZonedDateTime.now(workspace.clock());
        busy.set(true);
        failed.set(false);
        status.set(Messages.get("complaint.save.running"));
        workspace
                .background()
                .run(
                        () -> {
                            try {
                                return work.export(c, p, d, addressee, target, now);
                            } catch (PdfExportException e) {
                                throw new IllegalStateException(e.getMessage(), e);
                            }
                        },
                        pages -> {
                            workspace.edit(
                                    x ->
                                            x.withEvent(
                                                    TimelineEvent.exported(
                                                            now.toLocalDate(),
                                                            TimelineEvent.COMPLAINT,
                                                            pages)));
                            status.set(
                                    Messages.format(
                                            "complaint.save.done", target.getFileName(), pages));
                            lastExport.set(target);
                            busy.set(false);
                            done.accept(target);
                        },
                        e -> {
                            Throwable cause =
                                    e instanceof IllegalStateException && e.getCause() != null
                                            ? e.getCause()
                                            : e;
                            // the message before the flags, as in SheetExport.finish
                            status.set(
                                    Messages.format(
                                            "complaint.save.failed",
                                            String.valueOf(cause.getMessage())));
                            failed.set(true);
                            busy.set(false);
                        });
    }
}
