package org.overturn.domain.parity;

import static org.overturn.domain.parity.ParityCitations.*;

import java.util.List;
import org.overturn.domain.cases.PlanType;

/**
 * The documents to request for a parity argument, each with the law that entitles the claimant to
 * it.
 */
final class ParityDocuments {

    private ParityDocuments() {}

    static List<DocumentRequest> forPlan(PlanType t) {
        // 42 CFR 438.404 binds managed care plans only; no document right is in the library for
        // fee-for-service.
        if (t == PlanType.MEDICAID_FFS) {
            return List.of();
        }
        if (t == PlanType.MEDICAID_MCO) {
            return List.of(
                    new DocumentRequest(
                            "criteria",
                            "The medical-necessity criteria used, and the processes, "
                                    + "strategies and evidentiary standards behind the limitation",
                            "The notice of the decision must " + "offer these free of charge.",
                            List.of(MEDICAID_NOTICE_438_404)));
        }
        if (!t.isErisa() && t != PlanType.INDIVIDUAL && t != PlanType.GOVERNMENT_NONFEDERAL) {
            return List.of();
        }
        String claimFileBasis =
                t.isErisa()
                        ? "The claimant may have free copies of all documents relevant to the claim."
                        : "Individual and non-federal governmental plans follow the same claims-procedure standards.";
        // 29 CFR 2560.503-1 reaches employer plans only; the others have the same rights through 45
        // CFR 147.136.
        List<String> claimFileCites =
                t.isErisa()
                        ? List.of(ERISA_RELEVANT_DOCUMENTS, ERISA_RELEVANT_DEFINITION)
                        : List.of(ACA_CLAIMS_INCORPORATION);
        return List.of(
                new DocumentRequest(
                        "criteria",
                        "The medical-necessity criteria applied to this claim",
                        "Parity requires the plan to give its criteria on request, and it may not refuse them as "
                                + "proprietary.",
                        List.of(CRITERIA_DISCLOSURE)),
                new DocumentRequest(
                        "claim-file",
                        "The complete claim file, including the reviewer's notes and any "
                                + "policy on this treatment for this diagnosis",
                        claimFileBasis,
                        claimFileCites),
                new DocumentRequest(
                        "nqtl-analysis",
                        "The comparative analysis for each limitation applied (criteria, "
                                + "review frequency, prior authorization, fail-first)",
                        "Plans must perform these analyses and "
                                + "give them to participants on request.",
                        List.of(COMPARATIVE_ANALYSIS, FAQ_45)));
    }
}
