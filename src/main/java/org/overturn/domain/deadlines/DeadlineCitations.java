package org.overturn.domain.deadlines;

import java.util.List;
import java.util.Set;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.PhsaSibling;

/**
 * The citation library ids the deadline and disclosure rules use; the entries live in {@code
 * citations/deadlines.json}. A test checks each one is in the loaded library, and that every id the
 * rules emit for a plan type reaches that plan type.
 */
public final class DeadlineCitations {

    public static final String ERISA_APPEAL_FILING = "erisa-appeal-filing-180-days";
    public static final String ERISA_APPEAL_DECISION = "erisa-appeal-decision-times";
    public static final String ERISA_CONCURRENT = "erisa-concurrent-care-reduction";
    public static final String ACA_INTERNAL_APPEALS = "aca-internal-appeals-group-individual";
    public static final String ACA_EXT_REVIEW_FILING = "aca-ext-review-request-4-months";
    public static final String ACA_EXT_REVIEW_DECISION = "aca-ext-review-decision-times";
    public static final String MA_RECONSIDERATION_FILING = "medicare-ma-reconsideration-filing";
    public static final String MA_RECONSIDERATION_DECISION = "medicare-ma-reconsideration-decision";
    public static final String MEDICARE_REDETERMINATION = "medicare-redetermination-120-days";
    public static final String MEDICARE_QIC = "medicare-qic-reconsideration-180-days";
    public static final String MEDICAID_MCO_APPEAL = "medicaid-mco-appeal-60-days";
    public static final String MEDICAID_MCO_CONTINUATION = "medicaid-mco-continued-benefits";
    public static final String MEDICAID_MCO_RESOLUTION = "medicaid-mco-appeal-resolution";
    public static final String MEDICAID_MCO_FAIR_HEARING = "medicaid-mco-state-fair-hearing";
    public static final String MEDICAID_FFS_FAIR_HEARING = "medicaid-ffs-fair-hearing-request";
    public static final String MEDICAID_HEARING_DECISION = "medicaid-fair-hearing-decision-times";
    public static final String FEHB_CARRIER = "fehb-carrier-reconsideration";
    public static final String FEHB_OPM = "fehb-opm-review";
    public static final String TRICARE_RECONSIDERATION = "tricare-reconsideration-90-days";
    public static final String TRICARE_SECOND = "tricare-second-reconsideration";
    public static final String ERISA_REDUCTION_APPEALABLE = "erisa-concurrent-reduction-appealable";
    public static final String ERISA_URGENT_EXTENSION = "erisa-urgent-extension-24-hours";
    public static final String MEDICAID_FFS_CONTINUATION = "medicaid-ffs-continuation";
    public static final String MA_ALJ = "medicare-ma-alj-hearing";
    public static final String MA_COUNCIL = "medicare-ma-appeals-council";
    public static final String MA_COURT = "medicare-ma-judicial-review";
    public static final String MEDICARE_ALJ = "medicare-alj-hearing";
    public static final String MEDICARE_COUNCIL = "medicare-appeals-council";
    public static final String MEDICARE_COURT = "medicare-judicial-review";
    public static final String FEHB_URGENT = "fehb-urgent-appeal";
    public static final String FEHB_SUIT = "fehb-suit-against-opm";
    public static final String TRICARE_EXPEDITED = "tricare-expedited-reconsideration";

    // Disclosure requests.
    public static final String ERISA_CLAIM_FILE = "erisa-claim-file-request";
    public static final String ERISA_EXPERTS = "erisa-reviewer-identity-request";
    public static final String MHPAEA_CRITERIA = "mhpaea-criteria-request";
    public static final String MHPAEA_NQTL_ANALYSIS = "mhpaea-nqtl-analysis-request";
    public static final String MEDICAID_MCO_DOCUMENTS = "medicaid-mco-documents-request";

    /**
     * The entries whose ERISA text has a PHS Act / 45 CFR sibling for individual and governmental
     * plans.
     */
    static final Set<String> SPLIT =
            Set.of(
                    ERISA_CONCURRENT,
                    ERISA_REDUCTION_APPEALABLE,
                    ERISA_URGENT_EXTENSION,
                    ACA_INTERNAL_APPEALS,
                    ACA_EXT_REVIEW_FILING,
                    ACA_EXT_REVIEW_DECISION,
                    ERISA_CLAIM_FILE,
                    ERISA_EXPERTS,
                    MHPAEA_CRITERIA);

    public static final List<String> ALL =
            List.of(
                    ERISA_APPEAL_FILING,
                    ERISA_APPEAL_DECISION,
                    ERISA_CONCURRENT,
                    ACA_INTERNAL_APPEALS,
                    ACA_EXT_REVIEW_FILING,
                    ACA_EXT_REVIEW_DECISION,
                    MA_RECONSIDERATION_FILING,
                    MA_RECONSIDERATION_DECISION,
                    MEDICARE_REDETERMINATION,
                    MEDICARE_QIC,
                    MEDICAID_MCO_APPEAL,
                    MEDICAID_MCO_CONTINUATION,
                    MEDICAID_MCO_RESOLUTION,
                    MEDICAID_MCO_FAIR_HEARING,
                    MEDICAID_FFS_FAIR_HEARING,
                    MEDICAID_HEARING_DECISION,
                    FEHB_CARRIER,
                    FEHB_OPM,
                    TRICARE_RECONSIDERATION,
                    TRICARE_SECOND,
                    ERISA_CLAIM_FILE,
                    ERISA_EXPERTS,
                    MHPAEA_CRITERIA,
                    MHPAEA_NQTL_ANALYSIS,
                    MEDICAID_MCO_DOCUMENTS,
                    ERISA_REDUCTION_APPEALABLE,
                    ERISA_URGENT_EXTENSION,
                    MEDICAID_FFS_CONTINUATION,
                    MA_ALJ,
                    MA_COUNCIL,
                    MA_COURT,
                    MEDICARE_ALJ,
                    MEDICARE_COUNCIL,
                    MEDICARE_COURT,
                    FEHB_URGENT,
                    FEHB_SUIT,
                    TRICARE_EXPEDITED,
                    PhsaSibling.of(ERISA_REDUCTION_APPEALABLE),
                    PhsaSibling.of(ERISA_URGENT_EXTENSION),
                    PhsaSibling.of(ERISA_CONCURRENT),
                    PhsaSibling.of(ACA_INTERNAL_APPEALS),
                    PhsaSibling.of(ACA_EXT_REVIEW_FILING),
                    PhsaSibling.of(ACA_EXT_REVIEW_DECISION),
                    PhsaSibling.of(ERISA_CLAIM_FILE),
                    PhsaSibling.of(ERISA_EXPERTS),
                    PhsaSibling.of(MHPAEA_CRITERIA));

    /**
     * The id to cite for the plan: an individual or state and local government plan gets the PHS
     * Act sibling of an entry whose own text is ERISA's (29 CFR 2560.503-1 reaches neither).
     */
    static String forPlan(String id, PlanType plan) {
        return PhsaSibling.reachedByPhsa(plan) && SPLIT.contains(id) ? PhsaSibling.of(id) : id;
    }

    private DeadlineCitations() {}
}
