package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.util.Optional;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/**
 * Which law backs each request, per plan type. The reference gives no verified response time for
 * any of them (the 30 days of ERISA section 104(b)(4) is unconfirmed), so every request today gets
 * a follow-up date the clinician sets; a verified time, once added here, makes the due date follow
 * it.
 */
public final class DisclosureRules {

    private static final Wording WORDS = Wording.of("deadlines");

    static final String UNVERIFIED_TIME = WORDS.text("disclosure.unverifiedTime");

    private DisclosureRules() {}

    public static DisclosureRule ruleFor(DisclosureKind kind, PlanType plan) {
        boolean group =
                plan.isErisa()
                        || plan == PlanType.INDIVIDUAL
                        || plan == PlanType.GOVERNMENT_NONFEDERAL;
        Optional<String> cite = Optional.empty();
        String note = UNVERIFIED_TIME;
        switch (kind) {
            case CLAIM_FILE -> {
                if (group) {
                    cite = Optional.of(DeadlineCitations.forPlan(ERISA_CLAIM_FILE, plan));
                    note += plan.isErisa() ? " " + WORDS.text("disclosure.claimFile.erisa") : "";
                } else if (plan == PlanType.MEDICAID_MCO) {
                    cite = Optional.of(MEDICAID_MCO_DOCUMENTS);
                }
            }
            case CRITERIA -> {
                if (group) {
                    cite = Optional.of(DeadlineCitations.forPlan(MHPAEA_CRITERIA, plan));
                } else if (plan == PlanType.MEDICAID_MCO) {
                    cite = Optional.of(MEDICAID_MCO_DOCUMENTS);
                }
            }
            case REVIEWER_CREDENTIALS -> {
                if (group) {
                    cite = Optional.of(DeadlineCitations.forPlan(ERISA_EXPERTS, plan));
                }
            }
            case NQTL_ANALYSIS -> {
                if (group) {
                    cite = Optional.of(MHPAEA_NQTL_ANALYSIS);
                    note += " " + WORDS.text("disclosure.nqtl.outsideParity");
                }
            }
        }
        if (cite.isEmpty()) {
            note = WORDS.text("disclosure.noBasis") + " " + UNVERIFIED_TIME;
        }
        return new DisclosureRule(kind, cite, Optional.empty(), note);
    }
}
