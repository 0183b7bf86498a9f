package org.overturn.domain.parity;

import static org.overturn.domain.parity.ParityCitations.*;

import java.util.List;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/**
 * The documents to request for a parity argument, each with the law that entitles the claimant to
 * it. The words are in the wording file {@code parity-notes}, under {@code document.}.
 */
final class ParityDocuments {

    private static final Wording NOTES = Wording.of("parity-notes");

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
                            NOTES.text("document.medicaid.criteria.what"),
                            NOTES.text("document.medicaid.criteria.basis"),
                            List.of(MEDICAID_NOTICE_438_404)));
        }
        if (!t.isErisa() && t != PlanType.INDIVIDUAL && t != PlanType.GOVERNMENT_NONFEDERAL) {
            return List.of();
        }
        String claimFileBasis =
                t.isErisa()
                        ? NOTES.text("document.claimFile.basis.erisa")
                        : NOTES.text("document.claimFile.basis.other");
        // 29 CFR 2560.503-1 reaches employer plans only; the others have the same rights through 45
        // CFR 147.136.
        List<String> claimFileCites =
                t.isErisa()
                        ? List.of(ERISA_RELEVANT_DOCUMENTS, ERISA_RELEVANT_DEFINITION)
                        : List.of(ACA_CLAIMS_INCORPORATION);
        return List.of(
                new DocumentRequest(
                        "criteria",
                        NOTES.text("document.criteria.what"),
                        NOTES.text("document.criteria.basis"),
                        List.of(CRITERIA_DISCLOSURE)),
                new DocumentRequest(
                        "claim-file",
                        NOTES.text("document.claimFile.what"),
                        claimFileBasis,
                        claimFileCites),
                new DocumentRequest(
                        "nqtl-analysis",
                        NOTES.text("document.nqtlAnalysis.what"),
                        NOTES.text("document.nqtlAnalysis.basis"),
                        List.of(COMPARATIVE_ANALYSIS, FAQ_45)));
    }
}
