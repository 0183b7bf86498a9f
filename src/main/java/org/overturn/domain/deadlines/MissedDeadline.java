package org.overturn.domain.deadlines;

import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/** What happens when a deadline passes, in plain words, for the Overview clock. */
final class MissedDeadline {

    private static final Wording WORDS = Wording.of("deadlines");

    private MissedDeadline() {}

    static String consequence(Deadline d, PlanType plan) {
        if (!d.ifMissed().isEmpty()) {
            return d.ifMissed();
        }
        return switch (d.id()) {
            case LAST_COVERED_DAY -> WORDS.text("missed.lastCoveredDay");
            case EXPEDITED_APPEAL_FILE_BY -> WORDS.text("missed.expeditedAppealFileBy");
            case EXPEDITED_DECISION_DUE -> lateDecision(plan);
            case QIC_FILE_BY, OPM_REVIEW_FILE_BY, ALJ_HEARING_FILE_BY, COUNCIL_REVIEW_FILE_BY ->
                    WORDS.text("missed.nextLevelGoodCause");
            case STATE_EXTERNAL_REVIEW_FILE_BY -> WORDS.text("missed.stateExternalReviewFileBy");
            case SUIT_LIMITATION_BY, COURT_FILE_BY -> WORDS.text("missed.suit");
            case P2P_REQUEST_BY -> WORDS.text("missed.p2pRequestBy");
            case CONTINUED_BENEFITS_BY -> WORDS.text("missed.continuedBenefitsBy");
            case APPEAL_FILE_BY -> WORDS.text("missed.appealFileBy") + lateExcuse(plan);
            case APPEAL_DECISION_DUE -> lateDecision(plan);
            case EXTERNAL_REVIEW_FILE_BY -> WORDS.text("missed.externalReviewFileBy");
            case EXTERNAL_REVIEW_DECISION_DUE -> WORDS.text("missed.externalReviewDecisionDue");
            case FAIR_HEARING_FILE_BY -> WORDS.text("missed.fairHearingFileBy");
            case NEXT_LEVEL_FILE_BY ->
                    d.owner() == Party.PLAN
                            ? WORDS.text("missed.nextLevel.planForwards")
                            : WORDS.text("missed.nextLevel.youFile");
        };
    }

    /** The sentence that follows the late-appeal consequence, with its leading space, or "". */
    private static String lateExcuse(PlanType plan) {
        return switch (plan) {
            case MEDICARE_ADVANTAGE, MEDICARE_ORIGINAL ->
                    " " + WORDS.text("missed.lateExcuse.medicare");
            case FEHB -> " " + WORDS.text("missed.lateExcuse.fehb");
            default -> "";
        };
    }

    private static String lateDecision(PlanType plan) {
        return switch (plan) {
            case MEDICAID_MCO -> WORDS.text("missed.lateDecision.medicaidMco");
            case MEDICARE_ADVANTAGE -> WORDS.text("missed.lateDecision.medicareAdvantage");
            case ERISA_SELF_FUNDED, ERISA_INSURED, INDIVIDUAL, GOVERNMENT_NONFEDERAL ->
                    WORDS.text("missed.lateDecision.claimsRule");
            default -> WORDS.text("missed.lateDecision.other");
        };
    }
}
