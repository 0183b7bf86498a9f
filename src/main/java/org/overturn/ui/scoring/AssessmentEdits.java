package org.overturn.ui.scoring;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.scoring.AsamEdition;
import org.overturn.domain.scoring.Assessment;

/**
 * Copies of an assessment with one part changed (the domain record offers only {@code withRating}).
 */
final class AssessmentEdits {

    private AssessmentEdits() {}

    static Assessment withDate(Assessment a, LocalDate date) {
        return new Assessment(
                a.id(),
                a.instrument(),
                a.instrumentVersion(),
                date,
                a.rater(),
                a.ratings(),
                a.overrideLevel(),
                a.varianceReason(),
                a.licensedGridLevel(),
                a.noPriorTreatment(),
                a.actAvailable(),
                a.insurerAsamEdition(),
                a.note());
    }

    static Assessment withRater(Assessment a, String rater) {
        return new Assessment(
                a.id(),
                a.instrument(),
                a.instrumentVersion(),
                a.date(),
                rater,
                a.ratings(),
                a.overrideLevel(),
                a.varianceReason(),
                a.licensedGridLevel(),
                a.noPriorTreatment(),
                a.actAvailable(),
                a.insurerAsamEdition(),
                a.note());
    }

    /** The override and its reason together: the record refuses an override without a reason. */
    static Assessment withOverride(Assessment a, Optional<String> level, String reason) {
        return new Assessment(
                a.id(),
                a.instrument(),
                a.instrumentVersion(),
                a.date(),
                a.rater(),
                a.ratings(),
                level,
                reason,
                a.licensedGridLevel(),
                a.noPriorTreatment(),
                a.actAvailable(),
                a.insurerAsamEdition(),
                a.note());
    }

    static Assessment withLicensedGridLevel(Assessment a, Optional<String> level) {
        return new Assessment(
                a.id(),
                a.instrument(),
                a.instrumentVersion(),
                a.date(),
                a.rater(),
                a.ratings(),
                a.overrideLevel(),
                a.varianceReason(),
                level,
                a.noPriorTreatment(),
                a.actAvailable(),
                a.insurerAsamEdition(),
                a.note());
    }

    static Assessment withInsurerEdition(Assessment a, Optional<AsamEdition> edition) {
        return new Assessment(
                a.id(),
                a.instrument(),
                a.instrumentVersion(),
                a.date(),
                a.rater(),
                a.ratings(),
                a.overrideLevel(),
                a.varianceReason(),
                a.licensedGridLevel(),
                a.noPriorTreatment(),
                a.actAvailable(),
                edition,
                a.note());
    }

    static Assessment withOptions(Assessment a, boolean noPriorTreatment, boolean actAvailable) {
        return new Assessment(
                a.id(),
                a.instrument(),
                a.instrumentVersion(),
                a.date(),
                a.rater(),
                a.ratings(),
                a.overrideLevel(),
                a.varianceReason(),
                a.licensedGridLevel(),
                noPriorTreatment,
                actAvailable,
                a.insurerAsamEdition(),
                a.note());
    }
}
