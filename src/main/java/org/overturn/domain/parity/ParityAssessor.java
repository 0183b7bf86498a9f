package org.overturn.domain.parity;

import static org.overturn.domain.parity.ParityCitations.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.PhsaSibling;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.wording.Wording;

/**
 * Builds the parity argument's parts for a case: whether parity applies, the treatment limitations
 * at issue, the classification and its medical/surgical comparators, and the documents to request
 * with their basis. The comparators are in the wording file {@code parity}, which reaches the
 * letter; the explanations for the clinician are in {@code parity-notes}.
 */
public final class ParityAssessor {

    /** Sent to the plan: the comparators are named in the letter. */
    private static final Wording WORDS = Wording.of("parity");

    private static final Wording NOTES = Wording.of("parity-notes");

    private static final List<String> OUTPATIENT_COMPARATORS =
            List.of(
                    WORDS.text("comparator.outpatientPhysicalRehabilitation"),
                    WORDS.text("comparator.outpatientCardiacPulmonaryRehabilitation"),
                    WORDS.text("comparator.homeHealthCare"),
                    WORDS.text("comparator.medicalDayPrograms"),
                    WORDS.text("comparator.outpatientInfusionTherapy"));
    private static final List<String> INPATIENT_COMPARATORS =
            List.of(
                    WORDS.text("comparator.skilledNursingFacility"),
                    WORDS.text("comparator.inpatientRehabilitationFacility"));

    private ParityAssessor() {}

    /**
     * @param mappings the denial statements' mappings; only confirmed ones are used, so an
     *     unchecked guess never adds a limitation to the argument
     */
    public static ParityAssessment assess(
            Optional<PlanType> planType,
            ParityFacts facts,
            Optional<Denial> denial,
            List<StatementMapping> mappings,
            LocalDate on) {
        // What the plan type implies counts as entered (a self-funded ERISA plan is self-funded).
        facts = ParityInference.apply(planType, facts);
        ParityApplicability.Result r = ParityApplicability.decide(planType, facts, on);
        if (r.applicability() == Applicability.NOT_SUBJECT
                || r.applicability() == Applicability.NEEDS_FACTS) {
            return new ParityAssessment(
                    r.applicability(),
                    r.reasons(),
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        }
        PlanType plan = planType.orElseThrow();
        // Which parity law the argument cites: Medicaid's (42 CFR 438 subpart K, to verify for
        // fee-for-service),
        // the group and individual rules, or none for plans those rules do not reach (FEHB,
        // "other").
        boolean medicaid = plan.isMedicaid();
        boolean commercial = plan.isErisa() || PhsaSibling.reachedByPhsa(plan);
        Optional<BenefitClassification> cls =
                denial.map(Denial::levelOfCare).flatMap(ParityAssessor::classify);
        return new ParityAssessment(
                r.applicability(),
                r.reasons(),
                nqtls(
                                denial,
                                mappings.stream().filter(StatementMapping::confirmed).toList(),
                                medicaid
                                        ? List.of(MEDICAID_SUBPART_K)
                                        : commercial ? List.of(NQTL_STANDARD) : List.of())
                        .stream()
                        .map(
                                n ->
                                        new NqtlIssue(
                                                n.nqtl(),
                                                n.why(),
                                                ParityCitations.forPlan(n.citationIds(), plan)))
                        .toList(),
                cls,
                cls
                        .map(c -> classificationNotes(c, medicaid, commercial))
                        .orElse(List.of())
                        .stream()
                        .map(f -> ParityCitations.forPlan(f, plan))
                        .toList(),
                cls.map(
                                c ->
                                        c == BenefitClassification.OUTPATIENT
                                                ? OUTPATIENT_COMPARATORS
                                                : INPATIENT_COMPARATORS)
                        .orElse(List.of()),
                ParityDocuments.forPlan(plan).stream()
                        .map(
                                d ->
                                        new DocumentRequest(
                                                d.id(),
                                                d.what(),
                                                d.basis(),
                                                ParityCitations.forPlan(d.citationIds(), plan)))
                        .toList(),
                !commercial
                        ? List.of()
                        : List.of(
                                Finding.of(
                                        NOTES.text("persuasive.rule2024"),
                                        RULE_2024,
                                        NON_ENFORCEMENT_2025)));
    }

    /** IOP and PHP are outpatient services; residential care is classified with inpatient care. */
    static Optional<BenefitClassification> classify(LevelOfCare level) {
        switch (level) {
            case RESIDENTIAL:
                return Optional.of(BenefitClassification.INPATIENT);
            case OTHER:
                return Optional.empty();
            default:
                return Optional.of(BenefitClassification.OUTPATIENT);
        }
    }

    private static List<Finding> classificationNotes(
            BenefitClassification c, boolean medicaid, boolean commercial) {
        List<Finding> notes = new ArrayList<>();
        String text = NOTES.text("classification.intermediateLevels");
        notes.add(
                medicaid
                        ? Finding.of(text, MEDICAID_SUBPART_K)
                        : commercial
                                ? Finding.of(text, INTERMEDIATE_LEVELS, SIX_CLASSIFICATIONS)
                                : Finding.of(text));
        if (c == BenefitClassification.OUTPATIENT && commercial) {
            notes.add(
                    Finding.of(
                            NOTES.text("classification.outpatientSubclasses"),
                            OUTPATIENT_SUBCLASSES));
        }
        return notes;
    }

    private static List<NqtlIssue> nqtls(
            Optional<Denial> denial, List<StatementMapping> confirmed, List<String> rule) {
        List<NqtlIssue> out = new ArrayList<>();
        List<DenialReason> reasons = denial.map(Denial::reasons).orElse(List.of());
        boolean onlyAuthorization =
                !reasons.isEmpty()
                        && reasons.stream()
                                .allMatch(x -> x == DenialReason.AUTHORIZATION_MISSING_OR_EXPIRED);
        if (denial.isPresent() && !onlyAuthorization) {
            out.add(
                    new NqtlIssue(
                            Nqtl.MEDICAL_NECESSITY_CRITERIA,
                            NOTES.text("why.medicalNecessityCriteria"),
                            rule));
        }
        if (denial.map(Denial::denialType).orElse(null) == DenialType.CONCURRENT) {
            out.add(
                    new NqtlIssue(
                            Nqtl.CONCURRENT_REVIEW_FREQUENCY,
                            NOTES.text("why.concurrentReviewFrequency"),
                            rule));
        }
        boolean authorization =
                reasons.contains(DenialReason.AUTHORIZATION_MISSING_OR_EXPIRED)
                        || denial.map(Denial::denialType).orElse(null) == DenialType.PRE_SERVICE
                        || confirmed.stream()
                                .anyMatch(
                                        m ->
                                                m.reason()
                                                        == DenialReason
                                                                .AUTHORIZATION_MISSING_OR_EXPIRED);
        if (authorization) {
            out.add(
                    new NqtlIssue(
                            Nqtl.PRIOR_AUTHORIZATION, NOTES.text("why.priorAuthorization"), rule));
        }
        boolean failFirst =
                denial.map(
                                        d ->
                                                d.admissionSubReasons()
                                                        .contains(
                                                                AdmissionSubReason
                                                                        .LOWER_LEVEL_NOT_TRIED))
                                .orElse(false)
                        || confirmed.stream()
                                .anyMatch(
                                        m ->
                                                m.subReason().orElse(null)
                                                        == AdmissionSubReason
                                                                .LOWER_LEVEL_NOT_TRIED);
        if (failFirst) {
            out.add(new NqtlIssue(Nqtl.FAIL_FIRST, NOTES.text("why.failFirst"), rule));
        }
        if (confirmed.stream().anyMatch(m -> m.patternIds().contains("lack-of-progress"))) {
            out.add(
                    new NqtlIssue(
                            Nqtl.PROGRESS_REQUIREMENT,
                            NOTES.text("why.progressRequirement"),
                            rule));
        }
        return out;
    }
}
