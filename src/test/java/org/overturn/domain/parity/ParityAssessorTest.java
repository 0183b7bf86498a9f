package org.overturn.domain.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.rebuttal.DenialTextAnalyzer;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.persistence.CitationLoader;
import org.overturn.persistence.RebuttalDataLoader;

class ParityAssessorTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 20);

    private static ParityFacts facts(
            String funding, Integer size, boolean retiree, boolean church, LocalDate planYear) {
        return new ParityFacts(
                HasId.fromId(FundingType.class, funding),
                Optional.ofNullable(size),
                Optional.of(church),
                Optional.of(retiree),
                Optional.of(false),
                Optional.of(2),
                Optional.ofNullable(planYear));
    }

    @ParameterizedTest(name = "{0} {1} size={2} retiree={3} church={4} -> {5}")
    @CsvSource({
        "erisa-self-funded,self-funded,500,false,false,APPLIES",
        "erisa-self-funded,self-funded,40,false,false,NOT_SUBJECT",
        "erisa-self-funded,self-funded,,false,false,VERIFY",
        "erisa-insured,fully-insured,20,false,false,APPLIES",
        "individual,unknown,,false,false,APPLIES",
        "erisa-self-funded,self-funded,500,true,false,NOT_SUBJECT",
        "erisa-insured,fully-insured,500,false,true,VERIFY",
        "erisa-self-funded,fully-insured,500,false,false,VERIFY",
        "government-nonfederal,self-funded,5000,false,false,APPLIES",
        "government-nonfederal,fully-insured,,false,false,APPLIES",
        "medicare-advantage,unknown,,false,false,NOT_SUBJECT",
        "medicare-original,unknown,,false,false,NOT_SUBJECT",
        "tricare,unknown,,false,false,NOT_SUBJECT",
        "medicaid-mco,unknown,,false,false,APPLIES_MEDICAID",
        "medicaid-ffs,unknown,,false,false,VERIFY",
        "fehb,unknown,,false,false,VERIFY",
    })
    void applicabilityFollowsThePlanFacts(
            String plan,
            String funding,
            Integer size,
            boolean retiree,
            boolean church,
            Applicability expected) {
        ParityApplicability.Result r =
                ParityApplicability.decide(
                        Optional.of(HasId.fromId(PlanType.class, plan)),
                        facts(funding, size, retiree, church, null),
                        ON);
        assertThat(r.applicability()).isEqualTo(expected);
        assertThat(r.reasons()).isNotEmpty();
    }

    @Test
    void governmentPlanYearStartedBeforeTheOptOutEndedMustBeVerified() {
        ParityFacts f = facts("self-funded", 5000, false, false, LocalDate.of(2023, 1, 1));
        ParityApplicability.Result r =
                ParityApplicability.decide(
                        Optional.of(PlanType.GOVERNMENT_NONFEDERAL), f, LocalDate.of(2023, 6, 1));
        assertThat(r.applicability()).isEqualTo(Applicability.VERIFY);
        assertThat(r.reasons())
                .anyMatch(
                        x -> x.citationIds().contains(ParityCitations.GOVERNMENTAL_OPT_OUT_ENDED));
        ParityFacts later = facts("self-funded", 5000, false, false, LocalDate.of(2023, 7, 1));
        assertThat(
                        ParityApplicability.decide(
                                        Optional.of(PlanType.GOVERNMENT_NONFEDERAL), later, ON)
                                .applicability())
                .isEqualTo(Applicability.APPLIES);
    }

    @Test
    void withoutAPlanTypeItAsksForFacts() {
        assertThat(
                        ParityAssessor.assess(
                                        Optional.empty(),
                                        ParityFacts.unknown(),
                                        Optional.empty(),
                                        List.of(),
                                        ON)
                                .applicability())
                .isEqualTo(Applicability.NEEDS_FACTS);
    }

    private static Denial denial(
            DenialType type, LevelOfCare level, List<AdmissionSubReason> subs) {
        Denial b = Denial.blank(type, level);
        return new Denial(
                b.id(),
                b.noticeDate(),
                b.receivedAt(),
                b.receivedBy(),
                type,
                false,
                level,
                List.of(DenialReason.ADMISSION_CRITERIA_NOT_MET),
                subs,
                b.criteriaSet(),
                "",
                "",
                "",
                "",
                "",
                "",
                b.unitKind(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "");
    }

    @Test
    void
            concurrentIopDenialNamesItsLimitationsComparatorsDocumentsAndThe2024RuleAsPersuasiveOnly() {
        DenialTextAnalyzer a = new DenialTextAnalyzer(RebuttalDataLoader.loadPatternCatalogue());
        List<StatementMapping> m =
                a
                        .propose(
                                "There has been no meaningful progress. She has not tried outpatient therapy.")
                        .stream()
                        .map(StatementMapping::confirm)
                        .toList();
        ParityAssessment p =
                ParityAssessor.assess(
                        Optional.of(PlanType.ERISA_SELF_FUNDED),
                        facts("self-funded", 800, false, false, null),
                        Optional.of(
                                denial(
                                        DenialType.CONCURRENT,
                                        LevelOfCare.IOP_MENTAL_HEALTH,
                                        List.of())),
                        m,
                        ON);
        assertThat(p.applicability()).isEqualTo(Applicability.APPLIES);
        assertThat(p.nqtls())
                .extracting(NqtlIssue::nqtl)
                .containsExactly(
                        Nqtl.MEDICAL_NECESSITY_CRITERIA,
                        Nqtl.CONCURRENT_REVIEW_FREQUENCY,
                        Nqtl.FAIL_FIRST,
                        Nqtl.PROGRESS_REQUIREMENT);
        assertThat(p.classification()).contains(BenefitClassification.OUTPATIENT);
        assertThat(p.comparators())
                .contains("home health care", "outpatient cardiac or pulmonary rehabilitation");
        assertThat(p.documents())
                .extracting(DocumentRequest::id)
                .containsExactly("criteria", "claim-file", "nqtl-analysis");
        assertThat(p.documents().get(1).citationIds())
                .contains(
                        "erisa-disclosure-relevant-documents",
                        "erisa-disclosure-relevant-definition");
        assertThat(p.persuasiveOnly())
                .singleElement()
                .satisfies(f -> assertThat(f.citationIds()).contains(ParityCitations.RULE_2024));
    }

    @Test
    void unconfirmedMappingsAddNoLimitation() {
        DenialTextAnalyzer a = new DenialTextAnalyzer(RebuttalDataLoader.loadPatternCatalogue());
        ParityAssessment p =
                ParityAssessor.assess(
                        Optional.of(PlanType.ERISA_INSURED),
                        ParityFacts.unknown(),
                        Optional.of(
                                denial(
                                        DenialType.POST_SERVICE,
                                        LevelOfCare.IOP_MENTAL_HEALTH,
                                        List.of())),
                        a.propose("There has been no meaningful progress."),
                        ON);
        assertThat(p.nqtls())
                .extracting(NqtlIssue::nqtl)
                .containsExactly(Nqtl.MEDICAL_NECESSITY_CRITERIA);
    }

    @Test
    void residentialCareComparesWithInpatientSkilledNursing() {
        ParityAssessment p =
                ParityAssessor.assess(
                        Optional.of(PlanType.ERISA_INSURED),
                        ParityFacts.unknown(),
                        Optional.of(
                                denial(
                                        DenialType.PRE_SERVICE,
                                        LevelOfCare.RESIDENTIAL,
                                        List.of(AdmissionSubReason.LOWER_LEVEL_NOT_TRIED))),
                        List.of(),
                        ON);
        assertThat(p.classification()).contains(BenefitClassification.INPATIENT);
        assertThat(p.comparators()).contains("skilled nursing facility care");
        assertThat(p.nqtls())
                .extracting(NqtlIssue::nqtl)
                .contains(Nqtl.PRIOR_AUTHORIZATION, Nqtl.FAIL_FIRST);
    }

    @Test
    void medicaidManagedCareUsesSubpartKAndTheNoticeRuleNotErisa() {
        ParityAssessment p =
                ParityAssessor.assess(
                        Optional.of(PlanType.MEDICAID_MCO),
                        ParityFacts.unknown(),
                        Optional.of(
                                denial(
                                        DenialType.PRE_SERVICE,
                                        LevelOfCare.IOP_SUBSTANCE_USE,
                                        List.of())),
                        List.of(),
                        ON);
        assertThat(p.nqtls())
                .allMatch(n -> n.citationIds().contains(ParityCitations.MEDICAID_SUBPART_K));
        assertThat(p.documents())
                .singleElement()
                .satisfies(
                        d ->
                                assertThat(d.citationIds())
                                        .containsExactly(ParityCitations.MEDICAID_NOTICE_438_404));
        assertThat(p.persuasiveOnly()).isEmpty();
    }

    @Test
    void plansOutsideParityGetNoParityArgument() {
        ParityAssessment p =
                ParityAssessor.assess(
                        Optional.of(PlanType.MEDICARE_ADVANTAGE),
                        ParityFacts.unknown(),
                        Optional.of(
                                denial(
                                        DenialType.CONCURRENT,
                                        LevelOfCare.IOP_MENTAL_HEALTH,
                                        List.of())),
                        List.of(),
                        ON);
        assertThat(p.nqtls()).isEmpty();
        assertThat(p.documents()).isEmpty();
        assertThat(p.comparators()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "erisa-self-funded, self-funded, 800",
        "erisa-insured, fully-insured, 800",
        "individual, unknown, ",
        "government-nonfederal, self-funded, 5000",
        "government-nonfederal, self-funded, 30",
        "medicaid-mco, unknown, ",
        "medicaid-ffs, unknown, ",
        "fehb, unknown, ",
        "other, unknown, "
    })
    void everyCitationTheAssessmentGivesAPlanReachesThatPlan(
            String plan, String funding, Integer size) {
        PlanType t = HasId.fromId(PlanType.class, plan);
        ParityAssessment p =
                ParityAssessor.assess(
                        Optional.of(t),
                        facts(funding, size, false, false, null),
                        Optional.of(
                                denial(
                                        DenialType.CONCURRENT,
                                        LevelOfCare.IOP_SUBSTANCE_USE,
                                        List.of(AdmissionSubReason.LOWER_LEVEL_NOT_TRIED))),
                        List.of(),
                        ON);
        List<String> ids = new ArrayList<>();
        p.nqtls().forEach(n -> ids.addAll(n.citationIds()));
        p.classificationNotes().forEach(f -> ids.addAll(f.citationIds()));
        p.documents().forEach(d -> ids.addAll(d.citationIds()));
        p.persuasiveOnly().forEach(f -> ids.addAll(f.citationIds()));
        boolean verifyOnly =
                p.applicability() == Applicability.VERIFY
                        && (t.isMedicaid() || t == PlanType.FEHB || t == PlanType.OTHER);
        if (!verifyOnly) {
            p.reasons().forEach(f -> ids.addAll(f.citationIds()));
        }
        for (String id : ids) {
            Citation c = LIBRARY.get(id);
            if (verifyOnly) {
                // A rule to check against may not reach the plan yet, but it is never a group or
                // individual rule.
                assertThat(c.citation())
                        .as(plan + ": " + id)
                        .doesNotContain("29 CFR", "45 CFR", "U.S.C.");
            } else {
                assertThat(c.appliesTo(t, ON))
                        .as(plan + ": " + id + " (" + c.citation() + ")")
                        .isTrue();
            }
        }
    }

    @Test
    void anIndividualPlanGetsThePhsActTextWhereAnEmployerPlanGetsErisas() {
        Optional<Denial> d =
                Optional.of(
                        denial(DenialType.CONCURRENT, LevelOfCare.IOP_MENTAL_HEALTH, List.of()));
        ParityAssessment employer =
                ParityAssessor.assess(
                        Optional.of(PlanType.ERISA_INSURED),
                        facts("fully-insured", 500, false, false, null),
                        d,
                        List.of(),
                        ON);
        ParityAssessment individual =
                ParityAssessor.assess(
                        Optional.of(PlanType.INDIVIDUAL),
                        facts("unknown", null, false, false, null),
                        d,
                        List.of(),
                        ON);
        assertThat(employer.reasons())
                .flatExtracting(Finding::citationIds)
                .contains(ParityCitations.STATUTE);
        assertThat(individual.reasons())
                .flatExtracting(Finding::citationIds)
                .contains("mhpaea-statute-phsa", "mhpaea-2013-final-rule-phsa")
                .doesNotContain(ParityCitations.STATUTE);
        assertThat(individual.nqtls())
                .allSatisfy(
                        n ->
                                assertThat(n.citationIds())
                                        .containsExactly("mhpaea-2013-nqtl-standard-phsa"));
        assertThat(individual.documents())
                .flatExtracting(DocumentRequest::citationIds)
                .contains(
                        "mhpaea-disclosure-criteria-phsa", ParityCitations.ACA_CLAIMS_INCORPORATION)
                .doesNotContain(ParityCitations.ERISA_RELEVANT_DOCUMENTS);
    }

    private static final CitationLibrary LIBRARY = CitationLoader.loadBuiltIn();
}
