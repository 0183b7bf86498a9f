package org.overturn.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.PayerStore;
import org.overturn.ui.backup.BackupViewModel;
import org.overturn.ui.cases.CaseRow;
import org.overturn.ui.cases.CasesViewModel;
import org.overturn.ui.common.Background;
import org.overturn.ui.opencase.CaseSession;
import org.overturn.ui.opencase.WorkspaceViewModel;

/** What the main window shows: the Cases screen, or one open case. */
public final class MainViewModel {

    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final Background background;
    private final CaseStore store;
    private final PayerStore payers;
    private final CaseSession session;
    private final CasesViewModel cases;
    private final BackupViewModel backups;
    private final ReadOnlyObjectWrapper<WorkspaceViewModel> openCase =
            new ReadOnlyObjectWrapper<>();
    private Consumer<CaseFile> exportRehearsal = c -> {};
    private boolean exportRehearsed;
    private long readAheadMillis = 400;
    private long rehearsalMillis = 1500;

    /**
     * @param session what every case opened here saves through
     */
    public MainViewModel(
            Background background,
            CaseStore store,
            PayerStore payers,
            CaseSession session,
            CasesViewModel cases,
            BackupViewModel backups) {
        this.background = background;
        this.store = store;
        this.payers = payers;
        this.session = session;
        this.cases = cases;
        this.backups = backups;
    }

    /** File → Back up to… and Restore from encrypted backup…. */
    public BackupViewModel backups() {
        return backups;
    }

    public CasesViewModel cases() {
        return cases;
    }

    public ReadOnlyObjectProperty<WorkspaceViewModel> openCaseProperty() {
        return openCase.getReadOnlyProperty();
    }

    public Optional<WorkspaceViewModel> openCase() {
        return Optional.ofNullable(openCase.get());
    }

    /** Loads the case and its payer directory off the FX thread, then shows it. */
    public void open(long caseId, Runnable onMissing) {
        background.run(
                () -> store.find(caseId).map(c -> new Loaded(c, payers.all())),
                loaded -> loaded.ifPresentOrElse(l -> show(l.caseFile(), l.payers()), onMissing),
                e -> cases.reportError(e));
    }

    private record Loaded(CaseFile caseFile, List<Payer> payers) {}

    /**
     * Once the Cases list first shows a case, reads the case at its top (the likeliest to be
     * opened) and the payer directory off the FX thread, as {@link #open} would, and lets them go.
     * The first such read in a process builds the case's JSON mapping and loads its classes: with
     * the app's class-data archive holding only the start's classes, that was about 0.2 s of the
     * first case opened (issue 15). Done a moment after the list arrives, while the person reads
     * it; a failure is left for the real open to meet and report.
     */
    public void warmFirstOpen() {
        ListChangeListener<CaseRow> once =
                new ListChangeListener<>() {
                    @Override
                    public void onChanged(Change<? extends CaseRow> change) {
                        if (!cases.rows().isEmpty()) {
                            cases.rows().removeListener(this);
                            warm(cases.rows().get(0).id());
                        }
                    }
                };
        if (cases.rows().isEmpty()) {
            cases.rows().addListener(once);
        } else {
            warm(cases.rows().get(0).id());
        }
    }

    /**
     * How long after the list's first rows the read-ahead starts, and after the first case opens
     * the export's rehearsal (400 and 1500 ms; tests shorten them).
     */
    MainViewModel readAheadDelays(long afterListMillis, long afterOpenMillis) {
        this.readAheadMillis = afterListMillis;
        this.rehearsalMillis = afterOpenMillis;
        return this;
    }

    /**
     * What renders a document of the open case in memory and lets it go, run once, after the first
     * case this view model opens: the first export otherwise loads the PDF library's classes and
     * parses the fonts while the person waits (the app's class-data archive holds only the start's
     * classes; an export from the command line took 0.3 s longer without its own). Nothing is
     * written; a refusal or failure is the real export's to report.
     */
    public void setExportRehearsal(Consumer<CaseFile> rehearsal) {
        this.exportRehearsal = rehearsal;
    }

    private void rehearseExportOnce(CaseFile c) {
        if (!exportRehearsed) {
            exportRehearsed = true;
            readAhead(
                    "rehearsing the first export",
                    () -> exportRehearsal.accept(c),
                    rehearsalMillis);
        }
    }

    private void warm(long caseId) {
        readAhead(
                "reading ahead of the first open",
                () -> {
                    store.find(caseId);
                    payers.all();
                },
                readAheadMillis);
    }

    /**
     * Runs {@code work} on the worker pool after a delay (the window's first frames are drawn in
     * the meantime), keeping nothing; a failure is only logged, for the real action to meet.
     */
    private void readAhead(String what, Runnable work, long delayMillis) {
        background.later(
                () ->
                        background.run(
                                () -> {
                                    work.run();
                                    return what;
                                },
                                done -> {},
                                e -> LOG.log(System.Logger.Level.DEBUG, what, e)),
                delayMillis);
    }

    void show(CaseFile c, List<Payer> payers) {
        if (!closeCase()) {
            return; // the open case's changes are not saved yet: it stays
        }
        WorkspaceViewModel w = new WorkspaceViewModel(session, c, payers);
        w.setCloseHandler(this::closeCase);
        w.setReplacedHandler(kept -> cases.reload());
        openCase.set(w);
        rehearseExportOnce(c);
    }

    /**
     * Saves what is pending and goes back to the Cases screen; stays on the case when its changes
     * could not be saved.
     *
     * @return false when the case stayed open
     */
    public boolean closeCase() {
        WorkspaceViewModel current = openCase.get();
        if (current != null) {
            if (!current.flush()) {
                // Not saved (a shared store out of reach, or a choice to make): the case stays open
                // with its changes and the status bar's message until they are saved.
                return false;
            }
            openCase.set(null);
            cases.reload();
        }
        return true;
    }

    /**
     * Someone changed a case in the shared store ({@code -1}: the connection came back, and any
     * case may have changed): the Cases list is read again, and the open case shows their version
     * unless the person has unsaved changes, whose save then meets theirs.
     */
    public void changedElsewhere(long caseId) {
        cases.reload();
        WorkspaceViewModel w = openCase.get();
        if (w != null && (caseId == -1 || w.caseId() == caseId)) {
            w.changedElsewhere();
        }
    }

    /**
     * Everything that must happen before the app exits.
     *
     * @return the open case when its last changes could not be saved (they are still in it)
     */
    public Optional<WorkspaceViewModel> shutdown() {
        return openCase().filter(w -> !w.flush());
    }
}
