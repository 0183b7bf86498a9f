package org.overturn.domain.deadlines;

import org.overturn.domain.cases.PlanType;

/** What happens when a deadline passes, in plain words, for the Overview clock. */
final class MissedDeadline {

    private MissedDeadline() {}

    static String consequence(Deadline d, PlanType plan) {
        if (!d.ifMissed().isEmpty()) {
            return d.ifMissed();
        }
        return switch (d.id()) {
            case LAST_COVERED_DAY ->
                    "Care after this day is not covered unless the plan approves more or the denial "
                            + "is reversed.";
            case EXPEDITED_APPEAL_FILE_BY ->
                    "A later request is handled as an ordinary appeal, still open until its "
                            + "own deadline.";
            case EXPEDITED_DECISION_DUE -> lateDecision(plan);
            case QIC_FILE_BY, OPM_REVIEW_FILE_BY, ALJ_HEARING_FILE_BY, COUNCIL_REVIEW_FILE_BY ->
                    "The next level of appeal for this denial "
                            + "is lost unless good cause for the delay is shown.";
            case STATE_EXTERNAL_REVIEW_FILE_BY ->
                    "The State's external review of this denial is lost.";
            case SUIT_LIMITATION_BY, COURT_FILE_BY -> "A lawsuit over this denial may be barred.";
            case P2P_REQUEST_BY ->
                    "The plan's peer-to-peer option closes; the written appeal stays open until its "
                            + "own deadline.";
            case CONTINUED_BENEFITS_BY ->
                    "Care may stop, or go unpaid, while the appeal is decided; the appeal itself "
                            + "can still be filed until its own deadline.";
            case APPEAL_FILE_BY ->
                    "The plan may refuse a late appeal. The later steps (external review, hearing, "
                            + "court) usually need it."
                            + lateExcuse(plan);
            case APPEAL_DECISION_DUE -> lateDecision(plan);
            case EXTERNAL_REVIEW_FILE_BY ->
                    "External review of this denial is lost; a complaint to the regulator, or "
                            + "for employer plans a lawsuit, may remain.";
            case EXTERNAL_REVIEW_DECISION_DUE ->
                    "The reviewer is late: contact the body running the review.";
            case FAIR_HEARING_FILE_BY ->
                    "The right to a State fair hearing on this decision is lost.";
            case NEXT_LEVEL_FILE_BY ->
                    d.owner() == Party.PLAN
                            ? "The plan is late in forwarding the case: contact the plan or 1-800-MEDICARE."
                            : "The next level of appeal for this denial is lost.";
        };
    }

    private static String lateExcuse(PlanType plan) {
        return switch (plan) {
            case MEDICARE_ADVANTAGE, MEDICARE_ORIGINAL ->
                    " Medicare may accept a late request for good cause.";
            case FEHB ->
                    " FEHB rules allow more time only when circumstances beyond your control prevented filing.";
            default -> "";
        };
    }

    private static String lateDecision(PlanType plan) {
        return switch (plan) {
            case MEDICAID_MCO ->
                    "The plan appeal counts as exhausted: you may request a State fair hearing.";
            case MEDICARE_ADVANTAGE ->
                    "The plan must forward the case to the independent review entity.";
            case ERISA_SELF_FUNDED, ERISA_INSURED, INDIVIDUAL, GOVERNMENT_NONFEDERAL ->
                    "The plan is late. A plan "
                            + "that does not follow the claims rules may let you go straight to external review or court "
                            + "(deemed exhaustion); verify before relying on it.";
            default ->
                    "The plan is late: ask in writing for the decision and consider a complaint to the regulator.";
        };
    }
}
