package org.overturn.domain.parity;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * Whether parity reaches the plan and, if so, the parity argument's parts. Computed from the case;
 * not stored.
 *
 * @param comparators medical/surgical services in the same classification to compare with
 * @param persuasiveOnly points that state the Departments' view but are not enforced federally
 */
public record ParityAssessment(
        Applicability applicability,
        List<Finding> reasons,
        List<NqtlIssue> nqtls,
        Optional<BenefitClassification> classification,
        List<Finding> classificationNotes,
        List<String> comparators,
        List<DocumentRequest> documents,
        List<Finding> persuasiveOnly) {

    public ParityAssessment {
        if (applicability == null) {
            throw new IllegalArgumentException("applicability is required");
        }
        reasons = Text.list(reasons);
        nqtls = Text.list(nqtls);
        classification = Text.opt(classification);
        classificationNotes = Text.list(classificationNotes);
        comparators = Text.list(comparators);
        documents = Text.list(documents);
        persuasiveOnly = Text.list(persuasiveOnly);
    }
}
