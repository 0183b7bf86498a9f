package org.overturn.domain.rebuttal;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.Text;

/**
 * What one statement of the denial claims, as proposed by the analyzer and confirmed or changed by
 * the clinician. Stored with the case; the clinician's word overrides the analyzer's.
 *
 * @param patternIds the catalogue patterns recognised (empty when none, or when the clinician
 *     mapped it by hand)
 * @param detail what the statement says is missing or at issue, when recognised
 * @param confirmed whether the clinician has confirmed the mapping; unconfirmed mappings are
 *     proposals only
 */
public record StatementMapping(
        Statement statement,
        List<String> patternIds,
        DenialReason reason,
        Optional<AdmissionSubReason> subReason,
        List<String> dimensionIds,
        List<String> argumentIds,
        String detail,
        boolean confirmed) {

    public StatementMapping {
        if (statement == null) {
            throw new IllegalArgumentException("a mapping needs its statement");
        }
        patternIds = Text.list(patternIds).stream().distinct().toList();
        reason = reason == null ? DenialReason.OTHER : reason;
        subReason = Text.opt(subReason);
        dimensionIds = Text.list(dimensionIds).stream().distinct().toList();
        DimensionIds.requireKnown(dimensionIds, "statement " + statement.id());
        argumentIds = Text.list(argumentIds).stream().distinct().toList();
        detail = Text.clean(detail);
    }

    public static StatementMapping unmapped(Statement s) {
        return new StatementMapping(
                s,
                List.of(),
                DenialReason.OTHER,
                Optional.empty(),
                List.of(),
                List.of(),
                "",
                false);
    }

    public StatementMapping confirm() {
        return new StatementMapping(
                statement, patternIds, reason, subReason, dimensionIds, argumentIds, detail, true);
    }

    /**
     * The clinician's change of category; the mapping counts as confirmed because a person chose
     * it.
     */
    public StatementMapping withReason(DenialReason r, Optional<AdmissionSubReason> sub) {
        return new StatementMapping(
                statement, patternIds, r, sub, dimensionIds, argumentIds, detail, true);
    }

    public StatementMapping withDimensions(List<String> ids) {
        return new StatementMapping(
                statement, patternIds, reason, subReason, ids, argumentIds, detail, true);
    }

    public StatementMapping withArguments(List<String> ids) {
        return new StatementMapping(
                statement, patternIds, reason, subReason, dimensionIds, ids, detail, true);
    }
}
