package org.overturn.ui.clock;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.citations.PhsaSibling;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.domain.deadlines.DisclosureRule;
import org.overturn.domain.deadlines.DisclosureRules;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Requests to the plan for the claim file, the criteria used, the reviewer's credentials and the
 * NQTL comparative analysis: drafted with their legal basis, dated, followed up and marked
 * answered. No verified response time exists for any of them today, so each gets a follow-up date
 * the clinician sets, and the screen says the rule is unverified; an unanswered request past that
 * date is overdue.
 */
public final class DisclosureViewModel {

    private final WorkspaceViewModel workspace;
    private final CitationTitles citations;
    private final ObservableList<DisclosureRequest> requests = FXCollections.observableArrayList();

    public final ObjectProperty<DisclosureKind> kind =
            new SimpleObjectProperty<>(DisclosureKind.CLAIM_FILE);
    public final StringProperty sentOn = new SimpleStringProperty("");
    public final StringProperty followUpOn = new SimpleStringProperty("");
    public final StringProperty answeredOn = new SimpleStringProperty("");

    public DisclosureViewModel(WorkspaceViewModel workspace, CitationTitles citations) {
        this.workspace = workspace;
        this.citations = citations;
        sentOn.set(Dates.show(today()));
        followUpOn.set(Dates.show(today().plusDays(30)));
        answeredOn.set(Dates.show(today()));
        workspace
                .caseFileProperty()
                .addListener((o, a, c) -> requests.setAll(c.disclosureRequests()));
        requests.setAll(workspace.caseFile().disclosureRequests());
    }

    LocalDate today() {
        return LocalDate.now(workspace.clock());
    }

    public ObservableList<DisclosureRequest> requests() {
        return requests;
    }

    /** The rules by plan type; without a plan type, the library can give no basis ("other"). */
    private PlanType plan() {
        return workspace.caseFile().plan().planType().orElse(PlanType.OTHER);
    }

    public DisclosureRule ruleFor(DisclosureKind k) {
        return DisclosureRules.ruleFor(k, plan());
    }

    /** The legal basis of a request of this kind for the case's plan type. */
    public String basisFor(DisclosureKind k) {
        return basis(ruleFor(k).citationId());
    }

    public String basis(Optional<String> citationId) {
        return citationId
                .map(this::forPlan)
                .map(citations::describe)
                .orElse(Messages.get("disclosure.basis.none"));
    }

    /**
     * A request drafted before the library split ERISA and PHS Act entries names the ERISA one; an
     * individual or government plan is shown its PHS Act sibling instead, the law that reaches it.
     */
    private String forPlan(String id) {
        String sibling = PhsaSibling.of(id);
        boolean useSibling =
                PhsaSibling.reachedByPhsa(plan())
                        && !PhsaSibling.isSibling(id)
                        && citations.find(sibling).isPresent();
        return useSibling ? sibling : id;
    }

    // ---- the form
    // ----------------------------------------------------------------------------------------

    public Optional<String> checkSentOn(String text) {
        var parsed = Dates.parse(text);
        if (parsed.ok() && parsed.value().isEmpty()) {
            return Optional.of(Messages.get("disclosure.validation.sentRequired"));
        }
        return parsed.error();
    }

    /**
     * Required when no verified response time gives a due date; never before the request was sent.
     */
    public Optional<String> checkFollowUp(String text) {
        var parsed = Dates.parse(text);
        boolean needed = kind.get() == null || ruleFor(kind.get()).verifiedResponseDays().isEmpty();
        if (parsed.ok() && parsed.value().isEmpty()) {
            return needed
                    ? Optional.of(Messages.get("disclosure.validation.followUpRequired"))
                    : Optional.empty();
        }
        return parsed.check(
                        d -> {
                            Optional<LocalDate> sent = Dates.parse(sentOn.get()).value();
                            return sent.isPresent() && d.isBefore(sent.get())
                                    ? Optional.of(
                                            Messages.format(
                                                    "disclosure.validation.beforeSent",
                                                    Dates.show(sent.get())))
                                    : Optional.empty();
                        })
                .error();
    }

    public boolean canAdd() {
        return kind.get() != null
                && checkSentOn(sentOn.get()).isEmpty()
                && checkFollowUp(followUpOn.get()).isEmpty();
    }

    /** Drafts and dates a request with its basis, and records it on the Timeline. */
    public Optional<DisclosureRequest> add() {
        if (!canAdd()) {
            return Optional.empty();
        }
        LocalDate sent = Dates.parse(sentOn.get()).value().orElseThrow();
        DisclosureRequest r =
                DisclosureRequest.draft(
                        kind.get(), plan(), sent, Dates.parse(followUpOn.get()).value());
        TimelineEvent e =
                TimelineEvent.of(
                        sent,
                        EventKind.REQUEST,
                        Messages.format("disclosure.timeline.sent", Messages.label(r.kind())),
                        "");
        workspace.edit(c -> c.withDisclosureRequest(r).withEvent(e));
        return Optional.of(r);
    }

    // ---- a request on the list
    // -----------------------------------------------------------------------------

    public Optional<String> checkAnsweredOn(DisclosureRequest r, String text) {
        var parsed = Dates.parse(text);
        if (parsed.ok() && parsed.value().isEmpty()) {
            return Optional.of(Messages.get("disclosure.validation.answeredRequired"));
        }
        return parsed.check(
                        d -> {
                            if (d.isBefore(r.sentOn())) {
                                return Optional.of(
                                        Messages.format(
                                                "disclosure.validation.beforeSent",
                                                Dates.show(r.sentOn())));
                            }
                            return d.isAfter(today())
                                    ? Optional.of(
                                            Messages.format(
                                                    "clock.validation.future", Dates.show(d)))
                                    : Optional.empty();
                        })
                .error();
    }

    public boolean markAnswered(DisclosureRequest r) {
        if (checkAnsweredOn(r, answeredOn.get()).isPresent()) {
            return false;
        }
        LocalDate day = Dates.parse(answeredOn.get()).value().orElseThrow();
        TimelineEvent e =
                TimelineEvent.of(
                        day,
                        EventKind.REQUEST,
                        Messages.format("disclosure.timeline.answered", Messages.label(r.kind())),
                        "");
        workspace.edit(c -> c.withDisclosureRequest(current(c, r).answered(day)).withEvent(e));
        return true;
    }

    /** Whether a request not yet answered can be marked answered (the date is checked apart). */
    public static boolean answerable(DisclosureRequest r) {
        return r != null && r.answeredOn().isEmpty();
    }

    /** Whether the text is a new follow-up date for the request: a date, not before it was sent. */
    public static boolean canSetFollowUp(DisclosureRequest r, String text) {
        return r != null
                && Dates.parse(text).value().map(d -> !d.isBefore(r.sentOn())).orElse(false);
    }

    public boolean setFollowUp(DisclosureRequest r, String text) {
        if (!canSetFollowUp(r, text)) {
            return false;
        }
        LocalDate day = Dates.parse(text).value().orElseThrow();
        workspace.edit(c -> c.withDisclosureRequest(current(c, r).withFollowUp(day)));
        return true;
    }

    public void remove(DisclosureRequest r) {
        workspace.editUndoably(
                Messages.format("disclosure.undo.removed", Messages.label(r.kind())),
                c ->
                        c.withDisclosureRequests(
                                c.disclosureRequests().stream()
                                        .filter(x -> !x.id().equals(r.id()))
                                        .toList()));
    }

    private static DisclosureRequest current(CaseFile c, DisclosureRequest r) {
        return c.disclosureRequests().stream()
                .filter(x -> x.id().equals(r.id()))
                .findFirst()
                .orElse(r);
    }

    /** Where the request stands today, in words. */
    public String standing(DisclosureRequest r) {
        if (r.answeredOn().isPresent()) {
            return Messages.format("disclosure.answered", Dates.show(r.answeredOn().get()));
        }
        if (r.overdueOn(today())) {
            return r.dueOn().isPresent()
                    ? Messages.format("disclosure.overdueDue", Dates.show(r.dueOn().get()))
                    : Messages.format(
                            "disclosure.overdueFollowUp", Dates.show(r.followUpOn().orElseThrow()));
        }
        if (r.dueOn().isPresent()) {
            return Messages.format("disclosure.due", Dates.show(r.dueOn().get()));
        }
        return r.followUpOn()
                .map(d -> Messages.format("disclosure.followUp", Dates.show(d)))
                .orElse(Messages.get("disclosure.noDate"));
    }

    /** The request as text to paste into a message to the plan: what is asked and why. */
    public String copyText(DisclosureRequest r) {
        return Messages.format("disclosure.copyText", r.kind().ask(), basis(r.citationId()));
    }

    public boolean overdue(DisclosureRequest r) {
        return r.overdueOn(today());
    }
}
