package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.Text;

/**
 * A request sent to the plan for documents, tracked until answered. A plain record so the case JSON
 * can carry it.
 *
 * @param dueOn the date the answer is due under a verified rule; empty when no verified time exists
 * @param followUpOn the date the clinician chose to chase it, used when no verified rule gives a
 *     due date
 * @param answeredOn when the plan answered
 * @param note the basis caveat shown with it (for example "rule unverified")
 */
public record DisclosureRequest(
        String id,
        DisclosureKind kind,
        Optional<String> citationId,
        LocalDate sentOn,
        Optional<LocalDate> dueOn,
        Optional<LocalDate> followUpOn,
        Optional<LocalDate> answeredOn,
        String note) {

    public DisclosureRequest {
        id = Text.require(id, "request id");
        if (kind == null || sentOn == null) {
            throw new IllegalArgumentException("a request needs its kind and the date sent");
        }
        citationId = Text.opt(citationId);
        dueOn = Text.opt(dueOn);
        followUpOn = Text.opt(followUpOn);
        answeredOn = Text.opt(answeredOn);
        note = Text.clean(note);
        notBefore(followUpOn, sentOn, "follow-up date");
        notBefore(answeredOn, sentOn, "answer date");
    }

    private static void notBefore(Optional<LocalDate> d, LocalDate sent, String what) {
        if (d.isPresent() && d.get().isBefore(sent)) {
            throw new IllegalArgumentException(
                    what + " " + d.get() + " is before the request was sent (" + sent + ")");
        }
    }

    /**
     * A new request dated {@code sentOn}, with its basis and due date from the rules for the plan
     * type.
     */
    public static DisclosureRequest draft(
            DisclosureKind kind, PlanType plan, LocalDate sentOn, Optional<LocalDate> followUpOn) {
        DisclosureRule rule = DisclosureRules.ruleFor(kind, plan);
        return new DisclosureRequest(
                UUID.randomUUID().toString(),
                kind,
                rule.citationId(),
                sentOn,
                rule.verifiedResponseDays().map(sentOn::plusDays),
                followUpOn,
                Optional.empty(),
                rule.note());
    }

    public DisclosureRequest withFollowUp(LocalDate day) {
        return new DisclosureRequest(
                id, kind, citationId, sentOn, dueOn, Optional.of(day), answeredOn, note);
    }

    public DisclosureRequest answered(LocalDate day) {
        return new DisclosureRequest(
                id, kind, citationId, sentOn, dueOn, followUpOn, Optional.of(day), note);
    }

    /** The verified due date, else the clinician's follow-up date. */
    public Optional<LocalDate> answerExpectedBy() {
        return dueOn.or(() -> followUpOn);
    }

    /** Unanswered and past the date an answer was due or expected. */
    public boolean overdueOn(LocalDate day) {
        return answeredOn.isEmpty() && answerExpectedBy().map(day::isAfter).orElse(false);
    }
}
