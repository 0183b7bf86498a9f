package org.overturn.domain.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.PhsaSibling;

/**
 * The citation-library ids the parity code refers to; a test checks each exists in the library and
 * that every id the assessment gives a plan type reaches that plan type.
 */
public final class ParityCitations {

    public static final String STATUTE = "mhpaea-statute";
    public static final String RULE_2013 = "mhpaea-2013-final-rule";
    public static final String NQTL_STANDARD = "mhpaea-2013-nqtl-standard";
    public static final String SIX_CLASSIFICATIONS = "mhpaea-six-classifications";
    public static final String INTERMEDIATE_LEVELS = "mhpaea-2013-intermediate-levels";
    public static final String INTERMEDIATE_CLASSIFICATION =
            "mhpaea-2013-intermediate-classification";
    public static final String OUTPATIENT_SUBCLASSES = "mhpaea-outpatient-subclassification";
    public static final String CRITERIA_DISCLOSURE = "mhpaea-disclosure-criteria";
    public static final String COMPARATIVE_ANALYSIS = "mhpaea-caa-2021-comparative-analysis";
    public static final String FAQ_45 = "mhpaea-faq-45";
    public static final String RULE_2024 = "mhpaea-2024-final-rule";
    public static final String NON_ENFORCEMENT_2025 = "mhpaea-2025-nonenforcement";
    public static final String GOVERNMENTAL_OPT_OUT_ENDED = "mhpaea-governmental-optout-ended";
    public static final String SMALL_EMPLOYER = "mhpaea-small-employer-exemption";
    public static final String RETIREE_ONLY = "mhpaea-retiree-only-exemption";
    public static final String MEDICAID_SUBPART_K = "mhpaea-medicaid-subpart-k";
    public static final String MEDICAID_NOTICE_438_404 = "mhpaea-medicaid-438-404-b-2";
    public static final String TRICARE_2016 = "parity-tricare-2016-rule";
    public static final String ERISA_RELEVANT_DOCUMENTS = "erisa-disclosure-relevant-documents";
    public static final String ERISA_RELEVANT_DEFINITION = "erisa-disclosure-relevant-definition";
    public static final String ERISA_DENIAL_CONTENT = "erisa-disclosure-denial-content";
    public static final String ACA_CLAIMS_INCORPORATION = "erisa-disclosure-aca-incorporation";

    /**
     * The entries whose text is ERISA's or the Code's (29 U.S.C. 1185a, 29 CFR 2590.712) and which
     * have a PHS Act / 45 CFR sibling for individual coverage and state and local government plans.
     */
    static final Set<String> SPLIT =
            Set.of(
                    STATUTE,
                    RULE_2013,
                    NQTL_STANDARD,
                    SIX_CLASSIFICATIONS,
                    INTERMEDIATE_CLASSIFICATION,
                    CRITERIA_DISCLOSURE,
                    SMALL_EMPLOYER);

    private ParityCitations() {}

    public static List<String> all() {
        List<String> out =
                new ArrayList<>(
                        List.of(
                                STATUTE,
                                RULE_2013,
                                NQTL_STANDARD,
                                SIX_CLASSIFICATIONS,
                                INTERMEDIATE_LEVELS,
                                INTERMEDIATE_CLASSIFICATION,
                                OUTPATIENT_SUBCLASSES,
                                CRITERIA_DISCLOSURE,
                                COMPARATIVE_ANALYSIS,
                                FAQ_45,
                                RULE_2024,
                                NON_ENFORCEMENT_2025,
                                GOVERNMENTAL_OPT_OUT_ENDED,
                                SMALL_EMPLOYER,
                                RETIREE_ONLY,
                                MEDICAID_SUBPART_K,
                                MEDICAID_NOTICE_438_404,
                                TRICARE_2016,
                                ERISA_RELEVANT_DOCUMENTS,
                                ERISA_RELEVANT_DEFINITION,
                                ERISA_DENIAL_CONTENT,
                                ACA_CLAIMS_INCORPORATION));
        SPLIT.stream().sorted().map(PhsaSibling::of).forEach(out::add);
        return List.copyOf(out);
    }

    /**
     * The id to cite for the plan: individual and government plans get the PHS Act sibling of a
     * split entry.
     */
    static String forPlan(String id, PlanType plan) {
        return PhsaSibling.reachedByPhsa(plan) && SPLIT.contains(id) ? PhsaSibling.of(id) : id;
    }

    static List<String> forPlan(List<String> ids, PlanType plan) {
        return ids.stream().map(id -> forPlan(id, plan)).toList();
    }

    static Finding forPlan(Finding f, PlanType plan) {
        return new Finding(f.text(), forPlan(f.citationIds(), plan));
    }
}
