package org.overturn.ui.p2p;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.TriState;
import org.overturn.ui.opencase.WorkspaceViewModel;

/** The call log form: what the reviewer said and did, saved with the case and onto its timeline. */
public final class CallLogViewModel {

    private final WorkspaceViewModel workspace;

    public final StringProperty date = new SimpleStringProperty("");
    public final StringProperty time = new SimpleStringProperty("");
    public final StringProperty reviewerName = new SimpleStringProperty("");
    public final StringProperty credentials = new SimpleStringProperty("");
    public final StringProperty specialty = new SimpleStringProperty("");
    public final ObjectProperty<CriteriaSet> criteriaApplied = new SimpleObjectProperty<>();
    public final ObjectProperty<TriState> recordsReviewed =
            new SimpleObjectProperty<>(TriState.UNKNOWN);
    public final ObjectProperty<TriState> timeHonoured =
            new SimpleObjectProperty<>(TriState.UNKNOWN);
    public final ObjectProperty<CallOutcome> outcome =
            new SimpleObjectProperty<>(CallOutcome.PENDING);
    public final StringProperty reference = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");

    public CallLogViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        clear();
    }

    /**
     * An empty form dated now, with the reviewer named on the current denial as a starting point.
     */
    public void clear() {
        LocalDateTime now = LocalDateTime.now(workspace.clock());
        date.set(Dates.show(now.toLocalDate()));
        time.set(Dates.TIME_DISPLAY.format(now));
        var denial = workspace.caseFile().currentDenial();
        reviewerName.set(denial.map(d -> d.reviewerName()).orElse(""));
        credentials.set(denial.map(d -> d.reviewerCredentials()).orElse(""));
        specialty.set("");
        criteriaApplied.set(null);
        recordsReviewed.set(TriState.UNKNOWN);
        timeHonoured.set(TriState.UNKNOWN);
        outcome.set(CallOutcome.PENDING);
        reference.set("");
        notes.set("");
    }

    public Optional<String> checkDate(String text) {
        var parsed = Dates.parse(text);
        if (parsed.ok() && parsed.value().isEmpty()) {
            return Optional.of(Messages.get("callLog.dateRequired"));
        }
        return parsed.check(
                        d ->
                                d.isAfter(LocalDate.now(workspace.clock()))
                                        ? Optional.of(
                                                Messages.format(
                                                        "callLog.dateFuture", Dates.show(d)))
                                        : Optional.empty())
                .error();
    }

    public static Optional<String> checkTime(String text) {
        return Dates.parseTime(text).error();
    }

    public boolean valid() {
        return checkDate(date.get()).isEmpty() && checkTime(time.get()).isEmpty();
    }

    /** Adds the points ticked in call mode to the notes. */
    public void addPointsMade(List<String> points) {
        if (points.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        if (!notes.get().isBlank()) {
            lines.add(notes.get().strip());
        }
        lines.add(Messages.get("callLog.pointsMade"));
        points.forEach(p -> lines.add("- " + p));
        notes.set(String.join("\n", lines));
    }

    /**
     * Saves the call with the case and puts it on the timeline; false (and nothing saved) while a
     * field is refused.
     */
    public boolean save() {
        if (!valid()) {
            return false;
        }
        LocalDate day = Dates.parse(date.get()).value().orElseThrow();
        LocalTime at = Dates.parseTime(time.get()).value().orElse(LocalTime.NOON);
        CallLog log =
                new CallLog(
                        UUID.randomUUID().toString(),
                        day.atTime(at),
                        reviewerName.get(),
                        credentials.get(),
                        specialty.get(),
                        Optional.ofNullable(criteriaApplied.get()),
                        TriState.toOptional(recordsReviewed.get()),
                        TriState.toOptional(timeHonoured.get()),
                        outcome.get(),
                        reference.get(),
                        notes.get());
        workspace.edit(c -> c.withCall(log));
        clear();
        return true;
    }

    /** Removes a call and its timeline entry; undoable. */
    public void remove(CallLog call) {
        List<CallLog> rest = new ArrayList<>(workspace.caseFile().calls());
        rest.removeIf(x -> x.id().equals(call.id()));
        String eventId = call.timelineEvent().id();
        workspace.editUndoably(
                Messages.format("undo.callRemoved", call.reviewer()),
                c -> {
                    List<TimelineEvent> events = new ArrayList<>(c.timeline());
                    events.removeIf(e -> e.id().equals(eventId));
                    return c.withCalls(rest).withTimeline(events);
                });
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}
