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
import org.overturn.domain.parity.BenefitClassification;
import org.overturn.domain.parity.CriteriaFinding;
import org.overturn.domain.parity.CriteriaVerdict;
import org.overturn.domain.parity.NqtlIssue;
import org.overturn.domain.parity.ParityAssessment;
import org.overturn.domain.parity.ParityAssessor;
import org.overturn.domain.parity.ParityCitations;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.parity.StateCriteriaResult;
import org.overturn.domain.parity.StateCriteriaRule;
import org.overturn.domain.wording.Wording;

/** The parity argument and the state law on criteria, cited only through the library. */
@Outgoing
final class LegalProse {

    private static final Wording LAW = Wording.of("letter-law");

    private static final String PARAGRAPH = Words.PARAGRAPH;

    private LegalProse() {}

    /**
     * @param toPlan whether the letter goes to the plan (the internal appeal); a letter to an
     *     independent reviewer or a hearing does not ask the plan for anything
     */
    static Optional<Drafted> parity(
            CaseFile c, StateCriteriaLookup stateRules, CitationPicker cite, boolean toPlan) {
        List<String> used = new ArrayList<>();
        StringBuilder sb = new StringBuilder(federal(c, cite, used, toPlan));
        stateLaw(c, stateRules, cite, used)
                .ifPresent(s -> sb.append(sb.length() > 0 ? PARAGRAPH : "").append(s));
        return Drafted.of(sb.toString(), used);
    }

    /**
     * The federal parity argument, or "" when parity does not reach the plan or nothing grounding
     * it can be cited. {@code toPlan}: written to the plan, it ends by asking the plan for its
     * comparative analysis; written to a regulator, it says the plan must have one.
     */
    static String federal(CaseFile c, CitationPicker cite, List<String> used, boolean toPlan) {
        StringBuilder sb = new StringBuilder();
        LocalDate on = cite.on();
        Optional<Denial> d = c.currentDenial();
        ParityAssessment p =
                ParityAssessor.assess(c.plan().planType(), c.parity(), d, c.statements(), on);
        boolean applies =
                p.applicability() == Applicability.APPLIES
                        || p.applicability() == Applicability.APPLIES_MEDICAID;
        if (!applies) {
            return "";
        }
        boolean medicaid = p.applicability() == Applicability.APPLIES_MEDICAID;
        String law =
                medicaid
                        ? cite.cite(used, ParityCitations.MEDICAID_SUBPART_K)
                        : cite.cite(used, ParityCitations.STATUTE);
        if (law.isEmpty()) {
            return "";
        }
        sb.append(
                medicaid
                        ? LAW.fill("parity.applies.medicaid", "law", law)
                        : LAW.fill("parity.applies.federal", "law", law));
        List<NqtlIssue> issues = p.nqtls();
        if (!issues.isEmpty()) {
            List<String> ids = new ArrayList<>();
            issues.forEach(i -> ids.addAll(i.citationIds()));
            String limits =
                    Words.and(
                            issues.stream()
                                    .map(i -> Words.lower(i.nqtl().label().split(":")[0]))
                                    .toList());
            sb.append(' ').append(LAW.fill("parity.limits", "limits", limits));
            // A rule of law is stated only with the library entry that grounds it for this plan.
            String standard = cite.cite(used, ids.toArray(String[]::new));
            if (!standard.isEmpty()) {
                sb.append(' ').append(LAW.fill("parity.limits.standard", "law", standard));
            }
        }
        if (p.classification().isPresent() && !p.comparators().isEmpty()) {
            // Each clause only with the entry that grounds it: that the parity rules reach
            // intermediate levels, and that benefits are classified by the same standards (not
            // that IOP is outpatient).
            String covered = cite.cite(used, ParityCitations.INTERMEDIATE_LEVELS);
            String standards = cite.cite(used, ParityCitations.INTERMEDIATE_CLASSIFICATION);
            if (!covered.isEmpty()) {
                sb.append(' ').append(LAW.fill("parity.intermediateCovered", "law", covered));
            }
            if (!standards.isEmpty()) {
                sb.append(' ').append(LAW.fill("parity.sameStandards", "law", standards));
            }
            if (!covered.isEmpty() || !standards.isEmpty()) {
                sb.append(' ')
                        .append(
                                LAW.fill(
                                        "parity.comparators",
                                        "services",
                                        Words.and(p.comparators())));
            }
            if (p.classification().get() == BenefitClassification.OUTPATIENT) {
                String sub = cite.cite(used, ParityCitations.OUTPATIENT_SUBCLASSES);
                if (!sub.isEmpty()) {
                    sb.append(' ').append(LAW.fill("parity.outpatientSubclasses", "law", sub));
                }
            }
        }
        String analysis = cite.cite(used, ParityCitations.COMPARATIVE_ANALYSIS);
        if (toPlan) {
            sb.append(' ')
                    .append(
                            analysis.isEmpty()
                                    ? LAW.text("parity.analysis.plain")
                                    : LAW.fill("parity.analysis.cited", "law", analysis));
        } else if (!analysis.isEmpty()) {
            sb.append(' ').append(LAW.fill("parity.analysis.regulator", "law", analysis));
        }
        return sb.toString();
    }

    static Optional<String> stateLaw(
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
                    .append(
                            LAW.fill(
                                    "state.wrongCriteria",
                                    "law",
                                    basis,
                                    "requirement",
                                    // Each rule's requirement opens with its state's name: never
                                    // lower-cased.
                                    Words.sentence(rule.get().requirement()),
                                    "criteria",
                                    usedSet.label()));
        }
        return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
    }
}
