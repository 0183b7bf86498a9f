package org.overturn.domain.rebuttal;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;

/**
 * One row of the rebuttal matrix: a criterion the insurer says was not met, and the clinician's
 * answer to it. The ratings and evidence are not copied here; the row names its dimensions and the
 * screen and letter look them up in Scoring, so a changed rating shows everywhere.
 *
 * @param statementId the denial statement the row answers, when it came from the pasted rationale
 * @param reviewerPosition what the reviewer's statement implies about the patient, in plain words
 * @param gap where the clinician's ratings and the reviewer's position part, in plain words: a note
 *     for the clinician only
 * @param answer the clinician's answer; never overwritten by a new draft
 * @param suggestion the latest drafted answer, for the clinician to copy from
 */
public record RebuttalRow(
        String id,
        String criterion,
        Optional<String> statementId,
        List<String> dimensionIds,
        String reviewerPosition,
        @ClinicianOnly String gap,
        String answer,
        String suggestion) {

    public RebuttalRow {
        id = Text.require(id, "row id");
        criterion = Text.require(criterion, "criterion");
        statementId = Text.opt(statementId).map(Text::clean).filter(s -> !s.isEmpty());
        dimensionIds = Text.list(dimensionIds).stream().distinct().toList();
        DimensionIds.requireKnown(dimensionIds, "row " + id);
        reviewerPosition = Text.body(reviewerPosition);
        gap = Text.body(gap);
        answer = Text.body(answer);
        suggestion = Text.body(suggestion);
    }

    /** A row typed in by hand, for a criterion that was not in the pasted text. */
    public static RebuttalRow typed(String id, String criterion, List<String> dimensionIds) {
        return new RebuttalRow(id, criterion, Optional.empty(), dimensionIds, "", "", "", "");
    }

    public RebuttalRow withAnswer(String text) {
        return new RebuttalRow(
                id, criterion, statementId, dimensionIds, reviewerPosition, gap, text, suggestion);
    }

    public RebuttalRow withDimensions(List<String> ids) {
        return new RebuttalRow(
                id, criterion, statementId, ids, reviewerPosition, gap, answer, suggestion);
    }

    public RebuttalRow withDraft(String newGap, String newSuggestion) {
        return new RebuttalRow(
                id,
                criterion,
                statementId,
                dimensionIds,
                reviewerPosition,
                newGap,
                answer,
                newSuggestion);
    }
}
