package org.overturn.ui.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.Decisions;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;
import org.overturn.domain.deadlines.StatusWorkflow;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The status workflow: only the moves the workflow allows from the current status are offered; each
 * move is dated, recorded on the Timeline, fills the clock date it implies (appeal filed, external
 * review requested) when still empty, and can be undone. Moving to decided records the decision:
 * its outcome and the level that made it ({@link Decisions}).
 */
public final class StatusViewModel {

    private final WorkspaceViewModel workspace;
    private final ObservableList<CaseStatus> allowed = FXCollections.observableArrayList();

    public final ObjectProperty<CaseStatus> target = new SimpleObjectProperty<>();

    /** What the decision says, asked for when the case moves to decided. */
    public final ObjectProperty<DecisionOutcome> outcome = new SimpleObjectProperty<>();

    /** The level that decided, offered as the one the case is leaving suggests. */
    public final ObjectProperty<DecisionLevel> level =
            new SimpleObjectProperty<>(DecisionLevel.INTERNAL);

    public final StringProperty date = new SimpleStringProperty("");
    public final StringProperty note = new SimpleStringProperty("");

    public StatusViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        date.set(Dates.show(today()));
        workspace
                .caseFileProperty()
                .addListener(
                        (o, a, c) -> {
                            if (a == null || a.status() != c.status()) {
                                offer(c.status());
                            }
                        });
        offer(workspace.caseFile().status());
    }

    private LocalDate today() {
        return LocalDate.now(workspace.clock());
    }

    private void offer(CaseStatus from) {
        // In the workflow's order (the enum order), so the list reads as the job goes.
        allowed.setAll(List.copyOf(StatusWorkflow.allowedFrom(from)));
        target.set(null);
        outcome.set(null);
        level.set(StatusWorkflow.likelyLevel(from));
    }

    public CaseStatus current() {
        return workspace.caseFile().status();
    }

    /** The statuses the case may move to now. */
    public ObservableList<CaseStatus> allowed() {
        return allowed;
    }

    /** True when the chosen move records a decision, so its outcome and level are asked for. */
    public BooleanBinding deciding() {
        return target.isEqualTo(CaseStatus.DECIDED);
    }

    /**
     * The day of the change: required, a real date, not in the future, not before the denial; and a
     * decision on an appeal not before the appeal was filed.
     */
    public Optional<String> checkDate(String text) {
        var parsed = Dates.parse(text);
        if (parsed.ok() && parsed.value().isEmpty()) {
            return Optional.of(Messages.get("workflow.validation.dateRequired"));
        }
        return parsed.check(
                        d -> {
                            if (d.isAfter(today())) {
                                return Optional.of(
                                        Messages.format("clock.validation.future", Dates.show(d)));
                            }
                            Optional<LocalDate> start = ClockDates.clockStart(workspace.caseFile());
                            if (start.isPresent() && d.isBefore(start.get())) {
                                return Optional.of(
                                        Messages.format(
                                                "clock.validation.beforeDenial",
                                                Dates.show(start.get())));
                            }
                            Optional<LocalDate> filed = workspace.caseFile().clock().appealFiled();
                            if (target.get() == CaseStatus.DECIDED
                                    && current() != CaseStatus.P2P_HELD
                                    && filed.isPresent()
                                    && d.isBefore(filed.get())) {
                                return Optional.of(
                                        Messages.format(
                                                "workflow.validation.beforeAppeal",
                                                Dates.show(filed.get())));
                            }
                            return Optional.empty();
                        })
                .error();
    }

    public boolean canApply() {
        return target.get() != null
                && (target.get() != CaseStatus.DECIDED
                        || outcome.get() != null && level.get() != null)
                && checkDate(date.get()).isEmpty();
    }

    /**
     * Moves the case to the chosen status; false (and nothing changes) when the move or its date is
     * refused.
     */
    public boolean apply() {
        if (!canApply()) {
            return false;
        }
        CaseStatus from = current();
        CaseStatus to = target.get();
        if (!StatusWorkflow.canMove(from, to)) {
            return false;
        }
        LocalDate on = Dates.parse(date.get()).value().orElseThrow();
        if (to == CaseStatus.DECIDED) {
            Decision d = new Decision(on, level.get(), outcome.get());
            String text = note.get();
            workspace.editUndoably(
                    Messages.format("undo.status", Messages.label(from)),
                    c -> Decisions.record(c, d, text));
            note.set("");
            return true;
        }
        TimelineEvent event = StatusWorkflow.eventFor(from, to, on, note.get());
        workspace.editUndoably(
                Messages.format("undo.status", Messages.label(from)), c -> moved(c, to, on, event));
        note.set("");
        return true;
    }

    private static CaseFile moved(CaseFile c, CaseStatus to, LocalDate on, TimelineEvent event) {
        ClockFacts facts;
        try {
            facts = StatusWorkflow.factsAfter(c.clock(), to, on);
        } catch (IllegalArgumentException e) {
            // The date would contradict another clock date (a final denial before it): record the
            // move only.
            facts = c.clock();
        }
        return c.withStatus(to).withEvent(event).withClock(facts);
    }
}
