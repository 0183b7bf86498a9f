package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.ComplaintRoute;
import org.overturn.domain.complaints.ComplaintRoutes;
import org.overturn.domain.parity.ParityAssessment;
import org.overturn.domain.parity.ParityAssessor;
import org.overturn.domain.wording.Wording;

/**
 * What the clinician is told about a complaint draft: why none can be written, and whether it will
 * name the patient. Never printed; the words are in {@code complaint-notes}.
 */
final class ComplaintNotes {

    private static final Wording NOTES = Wording.of("complaint-notes");

    private ComplaintNotes() {}

    /**
     * Who takes a complaint of the kind about the case's plan, with notes that say whether the
     * letter will name the patient and why.
     */
    static ComplaintRoute route(CaseFile c, ComplaintKind kind) {
        ComplaintRoute r =
                ComplaintRoutes.of(
                        kind,
                        c.plan().planType(),
                        c.parity().funding(),
                        c.plan().issuedState(),
                        c.plan().employerSponsored());
        if (!r.open()) {
            return r;
        }
        List<String> notes = new ArrayList<>(r.notes());
        if (Part2Check.protectedRecords(c)) {
            notes.add(NOTES.text("note.part2"));
        } else if (kind == ComplaintKind.EMPLOYER && c.plan().employerMayKnow()) {
            notes.add(NOTES.text("note.employer.named"));
        } else if (kind == ComplaintKind.EMPLOYER) {
            notes.add(NOTES.text("note.employer"));
        }
        return new ComplaintRoute(kind, r.addressees(), Optional.empty(), notes);
    }

    /** Why a closed route takes nothing. */
    static String why(ComplaintRoute r) {
        return r.refusal().orElseThrow();
    }

    static String note(String key) {
        return NOTES.text(key);
    }

    /**
     * Why there is no parity argument to make: parity does not reach the plan, or none is cited.
     */
    static String parity(CaseFile c, Denial d, LocalDate on) {
        ParityAssessment p =
                ParityAssessor.assess(
                        c.plan().planType(), c.parity(), Optional.of(d), c.statements(), on);
        return switch (p.applicability()) {
            case APPLIES, APPLIES_MEDICAID -> NOTES.text("refused.parity.nothingCited");
            default ->
                    NOTES.fill(
                            "refused.parity.notApplies",
                            "why",
                            p.reasons().isEmpty()
                                    ? p.applicability().label()
                                    : p.reasons().get(0).text());
        };
    }

    /** One case's problem in a bundle: "Case 12 has another payer." */
    static String bundleProblem(String key, String caseNumber) {
        return NOTES.fill(key, "id", caseNumber);
    }
}
