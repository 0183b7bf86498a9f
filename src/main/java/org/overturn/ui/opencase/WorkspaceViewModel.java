package org.overturn.ui.opencase;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.CaseSections;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.readiness.CasePath;
import org.overturn.domain.store.CaseHistory;
import org.overturn.domain.store.StaleCaseException;
import org.overturn.ui.common.AutoSaver;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.Messages;

/**
 * The open case. Every edit replaces the immutable case value and is saved shortly after;
 * structural edits (removing a denial, a period, an event) can be undone.
 */
public final class WorkspaceViewModel {

    private final CaseSession session;
    private final ReadOnlyObjectWrapper<CaseFile> caseFile;
    private final ReadOnlyObjectWrapper<AutoSaver.State> saveState =
            new ReadOnlyObjectWrapper<>(AutoSaver.State.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Payer> payers = FXCollections.observableArrayList();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.OVERVIEW);
    private final StringProperty focusRequest = new SimpleStringProperty();
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final AutoSaver<CaseFile> saver;
    private final ReadOnlyObjectWrapper<List<CasePath.Status>> path = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>();

    private record Undo(String label, CaseFile before) {}

    /**
     * A save refused because someone else saved or deleted the case after it was read here: the
     * version kept here, and theirs (empty when they deleted it), with the sections that differ.
     */
    public record Conflict(CaseFile mine, Optional<CaseFile> theirs, List<String> sections) {
        static Conflict of(CaseFile mine, Optional<CaseFile> theirs) {
            return new Conflict(
                    mine,
                    theirs,
                    theirs.map(t -> CaseSections.differing(mine, t)).orElse(List.of()));
        }
    }

    public WorkspaceViewModel(CaseSession session, CaseFile opened, List<Payer> payerDirectory) {
        this.session = session;
        this.caseFile = new ReadOnlyObjectWrapper<>(opened);
        this.payers.setAll(payerDirectory);
        path.set(pathOf(opened));
        caseFile.addListener((o, a, c) -> path.set(pathOf(c)));
        this.saver =
                new AutoSaver<>(
                        session.background(),
                        "case " + opened.id().map(String::valueOf).orElse("(new)"),
                        c -> session.cases().update(c),
                        session.autosaveDelayMillis(),
                        s ->
                                session.fxThread()
                                        .execute(
                                                () -> {
                                                    saveState.set(s);
                                                    if (s == AutoSaver.State.SAVED) {
                                                        saveError.set(""); // a retry went through
                                                    }
                                                }),
                        e ->
                                session.fxThread()
                                        .execute(
                                                () -> {
                                                    if (e instanceof StaleCaseException stale) {
                                                        saveError.set(
                                                                Messages.format(
                                                                        "save.conflict",
                                                                        e.getMessage()));
                                                        conflicted(stale);
                                                    } else {
                                                        saveError.set(
                                                                Messages.format(
                                                                        "save.failed",
                                                                        e.getMessage()));
                                                    }
                                                }));
        saver.holdOn(StaleCaseException.class::isInstance);
    }

    private void conflicted(StaleCaseException stale) {
        if (conflict.get() == null) {
            conflict.set(Conflict.of(caseFile.get(), stale.stored()));
        }
    }

    /**
     * A save refused because someone else saved first, waiting for the person's choice; null when
     * there is none. Nothing is saved meanwhile, and nothing typed here is lost.
     */
    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /**
     * Keeps the version here: the case is read again (so the store knows the version saved over)
     * and this version saved over theirs, deliberately. When they deleted the case, this version is
     * stored as a new case and opened in its place.
     */
    public void keepMine(Consumer<Throwable> failed) {
        Conflict c = conflict.get();
        if (c == null) {
            return;
        }
        long id = caseId();
        session.background()
                .run(
                        () -> {
                            Optional<CaseFile> now = session.cases().find(id);
                            if (now.isPresent()) {
                                return Optional.<CaseFile>empty();
                            }
                            return Optional.of(session.cases().create(caseFile.get().withoutId()));
                        },
                        recreated -> {
                            conflict.set(null);
                            saveError.set("");
                            if (recreated.isPresent()) {
                                saver.discardPending();
                                caseFile.set(recreated.get());
                                replaced.accept(recreated.get());
                            } else {
                                saver.retryNow();
                            }
                        },
                        e -> offerAgain(c, e, failed));
    }

    /** A choice that could not be carried out: reported, then the choice is offered again. */
    private void offerAgain(Conflict c, Throwable e, Consumer<Throwable> failed) {
        failed.accept(e);
        conflict.set(null);
        conflict.set(c);
    }

    /**
     * Takes the stored version in place of the one here; the one here can be brought back with Undo
     * (then saved over theirs). When they deleted the case, the case closes.
     */
    public void takeTheirs(Consumer<Throwable> failed) {
        Conflict c = conflict.get();
        if (c == null) {
            return;
        }
        long id = caseId();
        // Read again, not taken from the refusal: the store then knows the version now stored, so
        // the next save (or Undo) goes over it.
        session.background()
                .run(
                        () -> session.cases().find(id),
                        theirs -> {
                            saver.discardPending();
                            saveError.set("");
                            if (theirs.isEmpty()) {
                                conflict.set(null);
                                requestClose();
                                return;
                            }
                            CaseFile mine = caseFile.get();
                            caseFile.set(theirs.get());
                            undo.push(new Undo(Messages.get("conflict.undoLabel"), mine));
                            refreshUndo();
                            conflict.set(null); // last: the choice is carried out
                        },
                        e -> offerAgain(c, e, failed));
    }

    private Consumer<CaseFile> replaced = c -> {};

    /** What happens when the open case is stored under a new id (kept after a delete). */
    public void setReplacedHandler(Consumer<CaseFile> handler) {
        this.replaced = handler;
    }

    /**
     * Someone changed this case in the shared store: shows their version at once when nothing here
     * is waiting to be saved. Otherwise the save of the change here meets theirs and the person
     * chooses, as for any refused save.
     */
    public void changedElsewhere() {
        if (saver.hasPending() || conflict.get() != null) {
            return;
        }
        long id = caseId();
        session.background()
                .run(
                        () -> session.cases().find(id),
                        found -> {
                            if (saver.hasPending() || conflict.get() != null) {
                                return; // an edit came meanwhile: its save decides
                            }
                            if (found.isEmpty()) {
                                conflicted(new StaleCaseException(id, Optional.empty()));
                            } else if (!found.get().equals(caseFile.get())) {
                                caseFile.set(found.get());
                            }
                        },
                        e -> saveError.set(Messages.format("save.failed", e.getMessage())));
    }

    public ReadOnlyObjectProperty<CaseFile> caseFileProperty() {
        return caseFile.getReadOnlyProperty();
    }

    /** How far the case has come along the job (the guided path across the workspace). */
    public ReadOnlyObjectProperty<List<CasePath.Status>> pathProperty() {
        return path.getReadOnlyProperty();
    }

    static List<CasePath.Status> pathOf(CaseFile c) {
        // The packet's export is a timeline event of the case, from the app or the command line.
        boolean exported = c.timeline().stream().anyMatch(TimelineEvent::packetExported);
        return CasePath.of(c, false, exported);
    }

    public CaseFile caseFile() {
        return caseFile.get();
    }

    public long caseId() {
        return caseFile.get().id().orElseThrow();
    }

    public ReadOnlyObjectProperty<AutoSaver.State> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /**
     * Shows a section with the focus on one of its controls (a node id such as "#ifCareStopsArea").
     */
    public void show(Section s, String focusId) {
        section.set(s);
        focusRequest.set(null);
        focusRequest.set(focusId);
    }

    /**
     * The control a screen asked to focus in the section shown; the workspace clears it once done.
     */
    public StringProperty focusRequestProperty() {
        return focusRequest;
    }

    public ObservableList<Payer> payers() {
        return payers;
    }

    /** The clock the case's dates and deadlines are counted by. */
    public Clock clock() {
        return session.clock();
    }

    /**
     * The app's worker threads, for slow work a section does on the case (its results come back on
     * the FX thread).
     */
    public Background background() {
        return session.background();
    }

    /**
     * Who changed this case: the shared store's audit, read off the FX thread; on the local store
     * it keeps none ({@link CaseHistory#kept()} is false).
     */
    public CaseHistory history() {
        return session.history();
    }

    /** Applies an edit and schedules the save. A change that leaves the case equal does nothing. */
    public void edit(UnaryOperator<CaseFile> change) {
        CaseFile before = caseFile.get();
        CaseFile after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        caseFile.set(after);
        saveError.set("");
        saver.changed(after);
    }

    /** An edit that the user can take back with Undo, such as a removal. */
    public void editUndoably(String label, UnaryOperator<CaseFile> change) {
        CaseFile before = caseFile.get();
        edit(change);
        if (!caseFile.get().equals(before)) {
            undo.push(new Undo(label, before));
            refreshUndo();
        }
    }

    public void undo() {
        Undo u = undo.poll();
        if (u == null) {
            return;
        }
        caseFile.set(u.before());
        saver.changed(u.before());
        refreshUndo();
    }

    private void refreshUndo() {
        Undo top = undo.peek();
        canUndo.set(top != null);
        undoLabel.set(top == null ? "" : top.label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public Optional<Payer> payer() {
        return caseFile.get()
                .plan()
                .payerId()
                .flatMap(
                        id ->
                                payers.stream()
                                        .filter(p -> p.id().equals(Optional.of(id)))
                                        .findFirst());
    }

    /**
     * Adds or updates a payer in the directory (off the FX thread), then hands the stored payer
     * back.
     */
    public void savePayer(Payer p, Consumer<Payer> then, Consumer<Throwable> failed) {
        session.background()
                .run(
                        () -> session.payers().save(p),
                        saved -> {
                            payers.removeIf(x -> x.id().equals(saved.id()));
                            payers.add(saved);
                            payers.sort(
                                    Comparator.comparing(x -> x.name().toLowerCase(Locale.ROOT)));
                            then.accept(saved);
                        },
                        failed);
    }

    private Runnable closeHandler = () -> {};

    /** What closing the case does (the main window goes back to the Cases screen). */
    public void setCloseHandler(Runnable handler) {
        this.closeHandler = handler;
    }

    public void requestClose() {
        closeHandler.run();
    }

    /**
     * Writes anything pending and waits; called when the case closes or the app quits.
     *
     * @return false when it could not be saved (it stays pending, and in {@link #caseFile()})
     */
    public boolean flush() {
        return saver.flush();
    }
}
