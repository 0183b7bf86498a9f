package org.overturn.domain.rebuttal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.wording.Wording;

/**
 * Computes which documents an appeal has and which it lacks, from what the case holds plus the
 * clinician's ticks. Items the app cannot see into (admitting assessment, history narrative,
 * discharge plan, letters) come from ticks only; the others are read from the case so a tick cannot
 * hide an empty field. What each line says, for the clinician only, is in the wording file {@code
 * rebuttal-notes}.
 */
public final class DocumentationChecklist {

    private static final Wording NOTES = Wording.of("rebuttal-notes");

    /**
     * Reviewers discount a risk assessment that predates the request; 30 days is our cut-off for
     * "current", long enough for a concurrent-review cycle.
     */
    public static final int RISK_ASSESSMENT_CURRENT_DAYS = 30;

    private DocumentationChecklist() {}

    /** As below, for an IOP under review whose start is not known. */
    public static List<ChecklistLine> evaluate(
            ClinicalPicture picture, boolean functionalScoresRecorded, LocalDate today) {
        return evaluate(
                picture,
                CareHistory.of(picture.history(), LevelOfCare.IOP_MENTAL_HEALTH, Optional.empty()),
                functionalScoresRecorded,
                today);
    }

    /**
     * @param history the treatment history placed against the level of care under review: its lower
     *     levels are the "prior lower-level attempts" (care as or more intensive never counts, nor
     *     the care under review)
     * @param functionalScoresRecorded whether the case has level-of-care or functional scores (from
     *     Scoring)
     * @param today the day "current" is measured from
     */
    public static List<ChecklistLine> evaluate(
            ClinicalPicture picture,
            CareHistory history,
            boolean functionalScoresRecorded,
            LocalDate today) {
        List<ChecklistLine> out = new ArrayList<>();
        for (DocumentItem item : DocumentItem.values()) {
            Optional<String> fromCase =
                    fromCase(item, picture, history.lower(), functionalScoresRecorded, today);
            boolean ticked = picture.documentsOnHand().contains(item);
            if (fromCase.isPresent() && fromCase.get().isEmpty()) {
                out.add(
                        new ChecklistLine(
                                item,
                                ChecklistStatus.IN_CASE,
                                describe(item, picture, history.lower())));
            } else if (ticked && !derivedOnly(item)) {
                out.add(
                        new ChecklistLine(
                                item, ChecklistStatus.TICKED, NOTES.text("checklist.ticked")));
            } else {
                out.add(
                        new ChecklistLine(
                                item, ChecklistStatus.MISSING, fromCase.orElse(tickHint(item))));
            }
        }
        return out;
    }

    public static List<DocumentItem> missing(List<ChecklistLine> lines) {
        return lines.stream().filter(l -> !l.present()).map(ChecklistLine::item).toList();
    }

    /**
     * Items the case itself must show; a tick alone would let the letter claim what the case lacks.
     */
    private static boolean derivedOnly(DocumentItem item) {
        return item == DocumentItem.DIAGNOSIS_WITH_SEVERITY
                || item == DocumentItem.CURRENT_RISK_ASSESSMENT
                || item == DocumentItem.FUNCTIONAL_SCORES
                || item == DocumentItem.PRIOR_LOWER_LEVEL_ATTEMPTS;
    }

    /** Empty optional: not derivable. Present "": held. Present text: why it is missing. */
    private static Optional<String> fromCase(
            DocumentItem item,
            ClinicalPicture p,
            List<TreatmentEpisode> lower,
            boolean scores,
            LocalDate today) {
        switch (item) {
            case DIAGNOSIS_WITH_SEVERITY:
                if (p.diagnoses().isEmpty()) {
                    return Optional.of(NOTES.text("checklist.missing.diagnosis"));
                }
                return Optional.of(
                        p.diagnoses().stream().anyMatch(d -> d.severity().isPresent())
                                ? ""
                                : NOTES.text("checklist.missing.severity"));
            case FUNCTIONAL_SCORES:
                return Optional.of(scores ? "" : NOTES.text("checklist.missing.scores"));
            case PRIOR_LOWER_LEVEL_ATTEMPTS:
                if (lower.isEmpty()) {
                    return Optional.of(NOTES.text("checklist.missing.lowerLevels"));
                }
                return Optional.of(
                        lower.stream().anyMatch(e -> e.outcome() != EpisodeOutcome.UNKNOWN)
                                ? ""
                                : NOTES.text("checklist.missing.lowerLevelOutcome"));
            case CURRENT_RISK_ASSESSMENT:
                if (p.risk().isEmpty()) {
                    return Optional.of(NOTES.text("checklist.missing.riskAssessment"));
                }
                Optional<LocalDate> date = p.risk().get().date();
                if (date.isEmpty()) {
                    return Optional.of(NOTES.text("checklist.missing.riskDate"));
                }
                long age = ChronoUnit.DAYS.between(date.get(), today);
                return Optional.of(
                        age <= RISK_ASSESSMENT_CURRENT_DAYS
                                ? ""
                                : NOTES.fill("checklist.missing.riskOld", "days", age));
            default:
                return Optional.empty();
        }
    }

    private static String describe(
            DocumentItem item, ClinicalPicture p, List<TreatmentEpisode> lower) {
        switch (item) {
            case DIAGNOSIS_WITH_SEVERITY:
                return NOTES.fill("checklist.held.diagnoses", "count", p.diagnoses().size());
            case PRIOR_LOWER_LEVEL_ATTEMPTS:
                return NOTES.fill("checklist.held.lowerLevels", "count", lower.size());
            case CURRENT_RISK_ASSESSMENT:
                // One date format on every screen and page: MM/DD/YYYY, never ISO.
                return NOTES.fill(
                        "checklist.held.riskAssessment",
                        "date",
                        p.risk()
                                .flatMap(RiskAssessment::date)
                                .map(d -> DateTimeFormatter.ofPattern("MM/dd/uuuu").format(d))
                                .orElse(""));
            default:
                return NOTES.text("checklist.held.other");
        }
    }

    private static String tickHint(DocumentItem item) {
        return NOTES.fill("checklist.missing.tick", "item", item.label().toLowerCase());
    }
}
