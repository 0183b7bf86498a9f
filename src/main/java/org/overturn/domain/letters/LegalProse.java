package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.letters.LetterComposer.Drafted;
import org.overturn.domain.parity.Applicability;
import org.overturn.domain.parity.CriteriaFinding;
import org.overturn.domain.parity.CriteriaVerdict;
import org.overturn.domain.parity.NqtlIssue;
import org.overturn.domain.parity.ParityAssessment;
import org.overturn.domain.parity.ParityAssessor;
import org.overturn.domain.parity.ParityCitations;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.parity.StateCriteriaResult;
import org.overturn.domain.parity.StateCriteriaRule;

/** The parity argument and the state law on criteria, cited only through the library. */
@Outgoing
final class LegalProse {

    private LegalProse() {}

    static Optional<Drafted> parity(
            CaseFile c, StateCriteriaLookup stateRules, CitationPicker cite) {
        List<String> used = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        LocalDate on = cite.on();
        Optional<Denial> d = c.currentDenial();
        ParityAssessment p =
                ParityAssessor.assess(c.plan().planType(), c.parity(), d, c.statements(), on);
        boolean applies =
                p.applicability() == Applicability.APPLIES
                        || p.applicability() == Applicability.APPLIES_MEDICAID;
        if (applies) {
            boolean medicaid = p.applicability() == Applicability.APPLIES_MEDICAID;
            String law =
                    medicaid
                            ? cite.cite(used, ParityCitations.MEDICAID_SUBPART_K)
                            : cite.cite(used, ParityCitations.STATUTE);
            if (!law.isEmpty()) {
                sb.append(
                                medicaid
                                        ? "This Medicaid managed care plan must follow the federal parity rules"
                                                + law
                                        : "This plan is subject to the federal Mental Health Parity and Addiction Equity Act"
                                                + law)
                        .append(medicaid ? ", which do not allow it" : ", which does not allow it")
                        .append(" to limit mental health and substance use care more strictly ")
                        .append("than comparable medical and surgical care.");
                List<NqtlIssue> issues = p.nqtls();
                if (!issues.isEmpty()) {
                    List<String> ids = new ArrayList<>();
                    issues.forEach(i -> ids.addAll(i.citationIds()));
                    sb.append(" This denial applies treatment limitations of that kind: ")
                            .append(
                                    Words.and(
                                            issues.stream()
                                                    .map(
                                                            i ->
                                                                    Words.lower(
                                                                            i.nqtl()
                                                                                    .label()
                                                                                    .split(":")[0]))
                                                    .toList()))
                            .append('.');
                    // A rule of law is stated only with the library entry that grounds it for this
                    // plan.
                    String standard = cite.cite(used, ids.toArray(String[]::new));
                    if (!standard.isEmpty()) {
                        sb.append(
                                        " As written and in operation, these may be no more stringent for this benefit ")
                                .append(
                                        "than for medical and surgical benefits in the same classification")
                                .append(standard)
                                .append('.');
                    }
                }
                if (p.classification().isPresent() && !p.comparators().isEmpty()) {
                    // Each clause only with the entry that grounds it: that the parity rules reach
                    // intermediate
                    // levels, and that benefits are classified by the same standards (not that IOP
                    // is outpatient).
                    String covered = cite.cite(used, ParityCitations.INTERMEDIATE_LEVELS);
                    String standards = cite.cite(used, ParityCitations.INTERMEDIATE_CLASSIFICATION);
                    if (!covered.isEmpty()) {
                        sb.append(
                                        " Intermediate levels of care such as this one are covered by the parity rules")
                                .append(covered)
                                .append('.');
                    }
                    if (!standards.isEmpty()) {
                        sb.append(
                                        " The plan must assign mental health and substance use benefits to a benefit ")
                                .append(
                                        "classification by the same standards it uses for medical and surgical benefits")
                                .append(standards)
                                .append('.');
                    }
                    if (!covered.isEmpty() || !standards.isEmpty()) {
                        sb.append(" Comparable medical and surgical services include ")
                                .append(Words.and(p.comparators()))
                                .append('.');
                    }
                    if (p.classification().get()
                            == org.overturn.domain.parity.BenefitClassification.OUTPATIENT) {
                        String sub = cite.cite(used, ParityCitations.OUTPATIENT_SUBCLASSES);
                        if (!sub.isEmpty()) {
                            sb.append(
                                            " If the plan divides outpatient benefits into office visits and all other ")
                                    .append(
                                            "outpatient services, this care belongs with all other outpatient services")
                                    .append(sub)
                                    .append('.');
                        }
                    }
                }
                String analysis = cite.cite(used, ParityCitations.COMPARATIVE_ANALYSIS);
                if (!analysis.isEmpty()) {
                    sb.append(
                                    " If the plan maintains its decision, please provide its comparative analysis of these ")
                            .append("limitations")
                            .append(analysis)
                            .append('.');
                } else {
                    sb.append(
                                    " If the plan maintains its decision, please show how these limitations are applied to ")
                            .append("the comparable medical and surgical services.");
                }
            }
        }
        stateLaw(c, stateRules, cite, used)
                .ifPresent(s -> sb.append(sb.length() > 0 ? "\n\n" : "").append(s));
        return Drafted.of(sb.toString(), used);
    }

    private static Optional<String> stateLaw(
            CaseFile c, StateCriteriaLookup rules, CitationPicker cite, List<String> used) {
        Optional<Denial> d = c.currentDenial();
        if (d.isEmpty() || c.plan().planType().isEmpty()) {
            return Optional.empty();
        }
        String state = c.plan().issuedState();
        StateCriteriaResult r =
                rules.lookup(
                        state,
                        c.plan().planType().get(),
                        c.parity().funding(),
                        StateCriteriaLookup.focus(d.get().levelOfCare(), c.clinical().diagnoses()),
                        cite.on());
        List<CriteriaVerdict> verdicts = StateCriteriaLookup.check(r, d.get().criteriaSet());
        StringBuilder sb = new StringBuilder();
        for (CriteriaVerdict v : verdicts) {
            if (v.finding() != CriteriaFinding.WRONG_CRITERIA) {
                continue;
            }
            String basis = cite.cite(used, v.citationId());
            Optional<StateCriteriaRule> rule = rules.rule(v.ruleId());
            if (basis.isEmpty() || rule.isEmpty()) {
                continue;
            }
            CriteriaSet usedSet = d.get().criteriaSet();
            sb.append(sb.length() > 0 ? " " : "")
                    .append("State law reaches this plan and governs the criteria it may ")
                    .append("use")
                    .append(basis)
                    .append(": ")
                    .append(Words.lower(Words.sentence(rule.get().requirement())))
                    .append(" The notice states that the plan applied ")
                    .append(usedSet.label())
                    .append(", which that law does not allow for this decision.");
        }
        return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
    }
}
