package org.overturn.ui.workspace;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.overturn.domain.store.CaseHistory;
import org.overturn.domain.store.DocumentStore;
import org.overturn.ui.common.AutoSaver;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Timeline's changes by people (issue 18): who changed the case, when and which sections, as
 * the shared store's audit records them, read off the FX thread. On the local store there are none
 * and the filter is not offered. Read while shown, and again when the case changes (a save here, or
 * a change from elsewhere shown here); reads never overlap, and one asked for meanwhile follows.
 */
public final class ChangesViewModel {

    /** How many of the newest changes the section shows. */
    public static final int SHOWN = 500;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm");

    /** One change as the table shows it. */
    public record Row(String when, String who, String what) {}

    private final WorkspaceViewModel workspace;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(Messages.get("timeline.changes.loading"));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    // On the FX thread in the app; synchronized for view-model tests, whose results come back on
    // the worker.
    private boolean reading;
    private boolean readAgain;

    public ChangesViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        this.zone = workspace.clock().getZone();
        showing.addListener(
                (o, was, is) -> {
                    if (is) {
                        reload();
                    }
                });
        workspace.caseFileProperty().addListener((o, a, c) -> reloadIfShown());
        workspace
                .saveStateProperty()
                .addListener(
                        (o, a, s) -> {
                            if (s == AutoSaver.State.SAVED) {
                                reloadIfShown();
                            }
                        });
    }

    /** Whether the store records who changed what; the filter is offered only then. */
    public boolean available() {
        return workspace.history().kept();
    }

    /** Set while the changes are on screen: they are read then, and kept current. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** What the empty table says: reading, none, or why they could not be read. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** A line under the table when only the newest are shown; otherwise empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void reloadIfShown() {
        if (showing.get()) {
            reload();
        }
    }

    /** Reads the changes again, after the read under way if there is one. */
    public synchronized void reload() {
        if (!available()) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        long id = workspace.caseId();
        workspace
                .background()
                .run(() -> workspace.history().of(id, SHOWN), this::show, this::failed);
    }

    private void show(List<CaseHistory.Entry> entries) {
        placeholder.set(Messages.get("timeline.changes.empty"));
        summary.set(
                entries.size() >= SHOWN ? Messages.format("timeline.changes.capped", SHOWN) : "");
        rows.setAll(entries.stream().map(e -> row(e, zone)).toList());
        done();
    }

    private void failed(Throwable e) {
        summary.set("");
        placeholder.set(Messages.format("timeline.changes.failed", String.valueOf(e.getMessage())));
        rows.clear();
        done();
    }

    private synchronized void done() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            reload();
        }
    }

    /** A change as a row: the time in the person's zone, the login, and what it did. */
    static Row row(CaseHistory.Entry e, ZoneId zone) {
        return new Row(WHEN.format(e.at().atZone(zone)), e.login(), what(e));
    }

    /** What a change did, in words; sections by name only, never a value. */
    static String what(CaseHistory.Entry e) {
        return switch (e.kind()) {
            case CASE_ADDED -> Messages.get("timeline.changes.caseAdded");
            case CASE_CHANGED ->
                    e.sections().isEmpty()
                            ? Messages.get("timeline.changes.savedUnchanged")
                            : Messages.format(
                                    "timeline.changes.changed", String.join(", ", e.sections()));
            case CASE_DELETED -> Messages.get("timeline.changes.caseDeleted");
            case DOCUMENT_ADDED ->
                    sentCopy(e.document())
                            ? Messages.get("timeline.changes.sentCopyAdded")
                            : Messages.get("timeline.changes.enclosureAdded");
            case DOCUMENT_REPLACED ->
                    sentCopy(e.document())
                            ? Messages.get("timeline.changes.sentCopyReplaced")
                            : Messages.get("timeline.changes.enclosureReplaced");
            case DOCUMENT_REMOVED ->
                    sentCopy(e.document())
                            ? Messages.get("timeline.changes.sentCopyRemoved")
                            : Messages.get("timeline.changes.enclosureRemoved");
            case CALL_LOGGED -> Messages.get("timeline.changes.callLogged");
            case CALL_CHANGED -> Messages.get("timeline.changes.callChanged");
            case CALL_REMOVED -> Messages.get("timeline.changes.callRemoved");
        };
    }

    private static boolean sentCopy(Optional<DocumentStore.Role> role) {
        return role.equals(Optional.of(DocumentStore.Role.SUBMISSION));
    }
}
