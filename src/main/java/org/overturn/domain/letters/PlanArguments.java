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

/**
 * Arguments that belong to one kind of plan, and continued coverage while the appeal runs where,
 * and only where, the law provides it. Every sentence is printed only when its library entry
 * reaches the case.
 */
@Outgoing
final class PlanArguments {

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
        return Drafted.of(String.join("\n\n", parts), used);
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
            sb.append("Medicare covers intensive outpatient services").append(benefit).append(". ");
        }
        sb.append(
                        "A Medicare Advantage plan must make its medical-necessity decisions under Medicare's own coverage ")
                .append(
                        "rules, and may apply internal criteria only where Medicare's criteria are not fully ")
                .append("established")
                .append(rules)
                .append('.');
        if (d.criteriaSet() != CriteriaSet.UNKNOWN) {
            sb.append(" The notice says the plan applied ")
                    .append(d.criteriaSet().label())
                    .append(
                            "; if the plan relies on internal criteria, please identify the Medicare coverage rule it ")
                    .append("found not fully established and the evidence it considered.");
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
                "The notice names the reviewer's credentials as "
                        + d.reviewerCredentials()
                        + ". A decision "
                        + "to deny or reduce a service must be made by someone with appropriate expertise in treating the "
                        + "enrollee's condition"
                        + basis
                        + ". Please have this appeal decided by a reviewer with that expertise.");
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
                    "The plan's decision ends a course of treatment it had approved through "
                            + Words.date(last)
                            + ", before that period ran out. Such a reduction may be appealed before it "
                            + "takes effect"
                            + basis
                            + "; I ask the plan to decide this appeal before ending coverage.");
        }
        if (t == PlanType.MEDICAID_FFS && Continuation.beforeDateOfAction(c, d, today)) {
            String basis = cite.cite(used, "medicaid-ffs-continuation");
            if (basis.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(
                    "This request is made before the date the agency's action takes effect. I ask that "
                            + "the services continue until the hearing decision"
                            + basis
                            + ".");
        }
        return Optional.empty();
    }
}
