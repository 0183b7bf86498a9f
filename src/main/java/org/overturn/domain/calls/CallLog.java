package org.overturn.domain.calls;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.Text;
import org.overturn.domain.cases.TimelineEvent;

/**
 * What happened on a peer-to-peer call with the insurer's reviewer: who they were, what they
 * applied, whether the scheduled time was kept, and the outcome. It lands on the timeline and feeds
 * the appeal letter.
 *
 * @param criteriaApplied the criteria the reviewer said they applied, when they said
 * @param recordsReviewed whether the reviewer had read the records, when known
 * @param scheduledTimeHonoured whether the call came at the time agreed, when a time was agreed
 */
public record CallLog(
        String id,
        LocalDateTime at,
        String reviewerName,
        String reviewerCredentials,
        String reviewerSpecialty,
        Optional<CriteriaSet> criteriaApplied,
        Optional<Boolean> recordsReviewed,
        Optional<Boolean> scheduledTimeHonoured,
        CallOutcome outcome,
        String referenceNumber,
        String notes) {

    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    public CallLog {
        id = Text.require(id, "call id");
        if (at == null) {
            throw new IllegalArgumentException("the date and time of the call are required");
        }
        reviewerName = Text.clean(reviewerName);
        reviewerCredentials = Text.clean(reviewerCredentials);
        reviewerSpecialty = Text.clean(reviewerSpecialty);
        criteriaApplied = Text.opt(criteriaApplied);
        recordsReviewed = Text.opt(recordsReviewed);
        scheduledTimeHonoured = Text.opt(scheduledTimeHonoured);
        outcome = outcome == null ? CallOutcome.PENDING : outcome;
        referenceNumber = Text.clean(referenceNumber);
        notes = Text.body(notes);
    }

    public static CallLog at(LocalDateTime when) {
        return new CallLog(
                UUID.randomUUID().toString(),
                when,
                "",
                "",
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                CallOutcome.PENDING,
                "",
                "");
    }

    /** The reviewer as the letter names them: "Dr. K. Alvarez (MD, family medicine)". */
    public String reviewer() {
        List<String> about = new ArrayList<>();
        if (!reviewerCredentials.isEmpty()) {
            about.add(reviewerCredentials);
        }
        // Credentials typed as "MD, family medicine" already name the specialty: say it once.
        if (!reviewerSpecialty.isEmpty()
                && !reviewerCredentials
                        .toLowerCase(Locale.ROOT)
                        .contains(reviewerSpecialty.toLowerCase(Locale.ROOT))) {
            about.add(reviewerSpecialty);
        }
        String who = reviewerName.isEmpty() ? "the plan's reviewer" : reviewerName;
        return about.isEmpty() ? who : who + " (" + String.join(", ", about) + ")";
    }

    /** The timeline entry for the call, with its outcome in the title. */
    public TimelineEvent timelineEvent() {
        String title =
                "Peer-to-peer call with "
                        + reviewer()
                        + ": "
                        + outcome.label().toLowerCase(Locale.ROOT);
        StringBuilder note = new StringBuilder();
        for (String fact : facts()) {
            note.append(note.length() == 0 ? "" : " ").append(fact);
        }
        if (!notes.isEmpty()) {
            note.append(note.length() == 0 ? "" : "\n").append(notes);
        }
        return new TimelineEvent(
                "call-" + id, at.toLocalDate(), EventKind.CALL, title, note.toString());
    }

    /**
     * One sentence for the appeal letter, e.g. "On November 20, 2026, the plan's reviewer, Dr. K.
     * Alvarez (MD, family medicine), upheld the denial in a peer-to-peer call without having
     * reviewed the records."
     */
    public String letterSentence() {
        String verb =
                switch (outcome) {
                    case OVERTURNED -> "overturned the denial";
                    case PARTLY -> "partly overturned the denial";
                    case UPHELD -> "upheld the denial";
                    case PENDING -> "did not decide";
                };
        StringBuilder s = new StringBuilder("On " + LONG_DATE.format(at) + ", ");
        s.append(
                reviewerName.isEmpty()
                        ? "the plan's reviewer"
                        : "the plan's reviewer, " + reviewer() + ",");
        s.append(' ').append(verb).append(" in a peer-to-peer call");
        List<String> how = new ArrayList<>();
        recordsReviewed
                .filter(r -> !r)
                .ifPresent(r -> how.add("without having reviewed the records"));
        criteriaApplied.flatMap(CallLog::applying).ifPresent(how::add);
        scheduledTimeHonoured
                .filter(h -> !h)
                .ifPresent(h -> how.add("after the agreed time for the call was not kept"));
        if (!how.isEmpty()) {
            s.append(' ').append(String.join(", ", how));
        }
        if (!referenceNumber.isEmpty()) {
            s.append(" (reference ").append(referenceNumber).append(')');
        }
        return s.append('.').toString();
    }

    /**
     * "applying the InterQual criteria", "applying the plan's own criteria"; nothing when the
     * reviewer did not say which.
     */
    static Optional<String> applying(CriteriaSet c) {
        return switch (c) {
            case UNKNOWN -> Optional.empty();
            case PROPRIETARY -> Optional.of("applying the plan's own criteria");
            case ASAM -> Optional.of("applying the ASAM Criteria");
            default -> Optional.of("applying the " + c.label() + " criteria");
        };
    }

    private List<String> facts() {
        List<String> out = new ArrayList<>();
        criteriaApplied.ifPresent(c -> out.add("Criteria applied: " + c.label() + "."));
        recordsReviewed.ifPresent(
                r ->
                        out.add(
                                r
                                        ? "The reviewer had read the records."
                                        : "The reviewer had not read the records."));
        scheduledTimeHonoured.ifPresent(
                h ->
                        out.add(
                                h
                                        ? "The scheduled time was kept."
                                        : "The scheduled time was not kept."));
        if (!referenceNumber.isEmpty()) {
            out.add("Reference " + referenceNumber + ".");
        }
        return out;
    }
}
