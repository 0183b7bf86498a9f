package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.letters.LetterComposer.Drafted;
import org.overturn.domain.wording.Wording;

/**
 * Arguments that belong to one kind of plan, and continued coverage while the appeal runs where,
 * and only where, the law provides it. Every sentence is printed only when its library entry
 * reaches the case.
 */
@Outgoing
final class PlanArguments {

    private static final Wording LAW = Wording.of("letter-law");

    private static final String PARAGRAPH = Words.PARAGRAPH;

    private PlanArguments() {}

    static Optional<Drafted> draft(CaseFile c, Denial d, CitationPicker cite, LocalDate today) {
        List<String> used = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        PlanType t = c.plan().planType().orElse(PlanType.OTHER);
        if (t == PlanType.MEDICARE_ADVANTAGE) {
            medicareAdvantage(d, cite, used).ifPresent(parts::add);
        }
        if (t == PlanType.MEDICAID_MCO) {
            reviewerExpertise(d, cite, used).ifPresent(parts::add);
        }
        continuation(c, d, t, cite, used, today).ifPresent(parts::add);
        return Drafted.of(String.join(PARAGRAPH, parts), used);
    }

    private static Optional<String> medicareAdvantage(
            Denial d, CitationPicker cite, List<String> used) {
        String benefit = cite.cite(used, "medicare-iop-benefit");
        String rules = cite.cite(used, "medicare-ma-coverage-criteria");
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        if (!benefit.isEmpty() && d.levelOfCare().name().contains("IOP")) {
            sb.append(LAW.fill("plan.medicare.iopBenefit", "law", benefit)).append(' ');
        }
        sb.append(LAW.fill("plan.medicare.ownRules", "law", rules));
        if (d.criteriaSet() != CriteriaSet.UNKNOWN) {
            sb.append(' ')
                    .append(
                            LAW.fill(
                                    "plan.medicare.internalCriteria",
                                    "criteria",
                                    d.criteriaSet().label()));
        }
        return Optional.of(sb.toString());
    }

    /**
     * A denial decided by a nurse reviewer, for a plan that must have it decided by someone with
     * expertise.
     */
    private static Optional<String> reviewerExpertise(
            Denial d, CitationPicker cite, List<String> used) {
        String cred =
                " "
                        + d.reviewerCredentials()
                                .toUpperCase(Locale.ROOT)
                                .replaceAll("[^A-Z]+", " ")
                        + " ";
        boolean nurse = cred.contains(" RN ") || cred.contains(" LPN ") || cred.contains(" NURSE ");
        if (!nurse) {
            return Optional.empty();
        }
        String basis = cite.cite(used, "medicaid-mco-reviewer-expertise");
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                LAW.fill(
                        "plan.medicaid.reviewerExpertise",
                        "credentials",
                        d.reviewerCredentials(),
                        "law",
                        basis));
    }

    /**
     * Continued coverage during the appeal. ERISA and ACA plans: a decision that reduces or ends an
     * approved course before the approved period runs out may be appealed before it takes effect.
     * Medicaid managed care: benefits continue only at the enrollee's own request, so the
     * provider's letter does not ask (the enrollee's request is a separate page). Medicaid
     * fee-for-service: the beneficiary may ask, in the hearing request, for benefits to continue
     * when it is filed before the date of action. A pre-service denial, or one refusing days past
     * the authorization, prints nothing.
     */
    private static Optional<String> continuation(
            CaseFile c,
            Denial d,
            PlanType t,
            CitationPicker cite,
            List<String> used,
            LocalDate today) {
        if (!Continuation.endsApprovedCourse(c, d)) {
            return Optional.empty();
        }
        if (t.isErisa() || t == PlanType.INDIVIDUAL || t == PlanType.GOVERNMENT_NONFEDERAL) {
            String basis = cite.cite(used, "erisa-concurrent-reduction-appealable");
            if (basis.isEmpty()) {
                return Optional.empty();
            }
            LocalDate last = Continuation.lastApprovedDay(c).orElseThrow();
            return Optional.of(
                    LAW.fill("plan.continuation.erisa", "lastDay", Words.date(last), "law", basis));
        }
        if (t == PlanType.MEDICAID_FFS && Continuation.beforeDateOfAction(c, d, today)) {
            String basis = cite.cite(used, "medicaid-ffs-continuation");
            if (basis.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(LAW.fill("plan.continuation.medicaidFfs", "law", basis));
        }
        return Optional.empty();
    }
}
