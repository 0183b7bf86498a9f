package org.overturn.ui.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.DatePlausibility;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;
import org.overturn.ui.common.ParseResult;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Denials section around the selected denial's form ({@link DenialForm}): adding and removing
 * denials, and the authorization periods with the row that enters a new one.
 */
public final class DenialsViewModel {

    private final WorkspaceViewModel workspace;

    public final StringProperty authFirst = new SimpleStringProperty("");
    public final StringProperty authLast = new SimpleStringProperty("");
    public final StringProperty authUnits = new SimpleStringProperty("");
    public final StringProperty authReview = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper authError = new ReadOnlyStringWrapper("");

    public DenialsViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
    }

    /** How the denial list names a denial: its date on the first line, the rest on the second. */
    static String describe(Denial d) {
        String date = d.effectiveDate().map(Dates::show).orElse(Messages.get("denial.undated"));
        // The date alone on the first line, so it is never cut in the narrow list; the rest wraps
        // below it.
        return date
                + "\n"
                + (d.urgent() ? Messages.get("denial.urgentShort") + " · " : "")
                + Messages.label(d.denialType())
                + " · "
                + Messages.label(d.levelOfCare());
    }

    /** A warning (never a refusal) for a notice date that is possible but more likely mistyped. */
    public Optional<String> noticeDateWarning(String text) {
        return Dates.parse(text)
                .value()
                .flatMap(d -> DatePlausibility.noticeDate(d, LocalDate.now(workspace.clock())));
    }

    /**
     * Adds a blank denial, entered by hand today: a concurrent one at the current denial's level of
     * care, or a pre-service one for mental-health IOP when the case has none yet.
     */
    public void addDenial() {
        CaseFile c = workspace.caseFile();
        Denial d =
                c.currentDenial()
                        .map(prev -> Denial.blank(DenialType.CONCURRENT, prev.levelOfCare()))
                        .orElse(
                                Denial.blank(
                                        DenialType.PRE_SERVICE, LevelOfCare.IOP_MENTAL_HEALTH));
        workspace.edit(
                x ->
                        x.withDenial(d)
                                .withEvent(
                                        TimelineEvent.denialEntered(
                                                LocalDate.now(workspace.clock()), "by hand")));
    }

    /** Removes the denial; Undo puts it back. */
    public void removeDenial(Denial d) {
        List<Denial> rest = new ArrayList<>(workspace.caseFile().denials());
        rest.removeIf(x -> x.id().equals(d.id()));
        workspace.editUndoably(
                Messages.format("undo.denialRemoved", describe(d).replace('\n', ' ')),
                c -> c.withDenials(rest));
    }

    /** Why the typed authorization period cannot be added, or empty when it can. */
    public ReadOnlyStringProperty authErrorProperty() {
        return authError.getReadOnlyProperty();
    }

    /**
     * Adds the typed authorization period, in order of its first day, and clears the row; or, when
     * it is not a period, leaves the row as typed and says why.
     */
    public boolean addAuthorization() {
        ParseResult<LocalDate> first = Dates.parse(authFirst.get());
        ParseResult<LocalDate> last = Dates.parse(authLast.get());
        ParseResult<Integer> units = Numbers.wholeNumber(authUnits.get());
        ParseResult<LocalDate> review = Dates.parse(authReview.get());
        Optional<String> problem = first.error().or(last::error).or(units::error).or(review::error);
        if (problem.isEmpty() && (first.value().isEmpty() || last.value().isEmpty())) {
            problem = Optional.of(Messages.get("auth.needDays"));
        }
        if (problem.isEmpty() && last.value().get().isBefore(first.value().get())) {
            problem =
                    Optional.of(
                            Messages.format(
                                    "auth.lastBeforeFirst",
                                    Dates.show(last.value().get()),
                                    Dates.show(first.value().get())));
        }
        if (problem.isPresent()) {
            authError.set(problem.get());
            return false;
        }
        AuthorizationPeriod p =
                new AuthorizationPeriod(
                        UUID.randomUUID().toString(),
                        first.value().get(),
                        last.value().get(),
                        units.value(),
                        review.value());
        List<AuthorizationPeriod> all = new ArrayList<>(workspace.caseFile().authorizations());
        all.add(p);
        all.sort(Comparator.comparing(AuthorizationPeriod::firstDay));
        workspace.edit(c -> c.withAuthorizations(all));
        for (StringProperty t : List.of(authFirst, authLast, authUnits, authReview)) {
            t.set("");
        }
        authError.set("");
        return true;
    }

    /** Removes the authorization period; Undo puts it back. */
    public void removeAuthorization(AuthorizationPeriod p) {
        List<AuthorizationPeriod> rest = new ArrayList<>(workspace.caseFile().authorizations());
        rest.removeIf(x -> x.id().equals(p.id()));
        workspace.editUndoably(
                Messages.format(
                        "undo.authRemoved", Dates.show(p.firstDay()), Dates.show(p.lastDay())),
                c -> c.withAuthorizations(rest));
    }
}
