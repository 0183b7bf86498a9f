package org.overturn.domain.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.rebuttal.Diagnosis;
import org.overturn.persistence.RebuttalDataLoader;

class StateCriteriaLookupTest {

    private static final StateCriteriaLookup LOOKUP = RebuttalDataLoader.loadStateCriteriaLookup();
    private static final LocalDate ON = LocalDate.of(2026, 3, 1);
    private static final List<CareFocus> MH = List.of(CareFocus.MENTAL_HEALTH);
    private static final List<CareFocus> SUD = List.of(CareFocus.SUBSTANCE_USE);

    private static List<String> ruleIds(
            String state, PlanType t, FundingType f, List<CareFocus> focus, LocalDate on) {
        return LOOKUP.lookup(state, t, f, focus, on).rules().stream()
                .map(StateCriteriaRule::id)
                .toList();
    }

    @Test
    void coversAtLeastTheSixStates() {
        assertThat(LOOKUP.rules())
                .extracting(StateCriteriaRule::state)
                .contains("CA", "IL", "NY", "GA", "WA", "OR");
    }

    @Test
    void stateLawNeverReachesSelfFundedErisaPlans() {
        StateCriteriaResult r =
                LOOKUP.lookup("CA", PlanType.ERISA_SELF_FUNDED, FundingType.SELF_FUNDED, MH, ON);
        assertThat(r.rules()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("ERISA");
    }

    @Test
    void oregonReachesMedicaidCoordinatedCareOnly() {
        assertThat(ruleIds("OR", PlanType.MEDICAID_MCO, FundingType.UNKNOWN, MH, ON))
                .containsExactly("or-414-766");
        StateCriteriaResult commercial =
                LOOKUP.lookup("OR", PlanType.ERISA_INSURED, FundingType.FULLY_INSURED, MH, ON);
        assertThat(commercial.rules()).isEmpty();
        assertThat(commercial.notes())
                .anyMatch(n -> n.contains("or-414-766") && n.contains("medicaid managed care"));
    }

    @Test
    void washingtonsAsamMandateCoversSubstanceUseOnly() {
        assertThat(ruleIds("WA", PlanType.INDIVIDUAL, FundingType.UNKNOWN, SUD, ON))
                .containsExactly("wa-6228-asam");
        StateCriteriaResult mh =
                LOOKUP.lookup("WA", PlanType.INDIVIDUAL, FundingType.UNKNOWN, MH, ON);
        assertThat(mh.rules()).isEmpty();
        assertThat(mh.notes()).anyMatch(n -> n.contains("substance use care only"));
    }

    @Test
    void illinoisNewerSectionAppliesFrom2026() {
        assertThat(
                        ruleIds(
                                "IL",
                                PlanType.ERISA_INSURED,
                                FundingType.FULLY_INSURED,
                                MH,
                                LocalDate.of(2025, 12, 31)))
                .doesNotContain("il-134-87");
        assertThat(
                        LOOKUP.lookup(
                                        "IL",
                                        PlanType.ERISA_INSURED,
                                        FundingType.FULLY_INSURED,
                                        MH,
                                        LocalDate.of(2025, 12, 31))
                                .notes())
                .anyMatch(n -> n.contains("applies from 2026-01-01"));
        assertThat(
                        ruleIds(
                                "IL",
                                PlanType.ERISA_INSURED,
                                FundingType.FULLY_INSURED,
                                MH,
                                LocalDate.of(2026, 1, 1)))
                .contains("il-134-87");
    }

    @Test
    void aPublicEmployeePlanIsReachedAsInsuredOnlyWhenFullyInsured() {
        assertThat(ruleIds("CA", PlanType.GOVERNMENT_NONFEDERAL, FundingType.SELF_FUNDED, MH, ON))
                .isEmpty();
        assertThat(ruleIds("CA", PlanType.GOVERNMENT_NONFEDERAL, FundingType.FULLY_INSURED, MH, ON))
                .contains("ca-sb855");
    }

    @ParameterizedTest(name = "{0} {1} {2} used {3} -> {4}")
    @CsvSource({
        "CA,erisa-insured,mental-health,interqual,WRONG_CRITERIA",
        "CA,erisa-insured,mental-health,locus,MATCHES",
        "CA,individual,mental-health,unknown,NOT_STATED",
        "WA,individual,substance-use,mcg,WRONG_CRITERIA",
        "WA,medicaid-mco,substance-use,asam,MATCHES",
        "GA,erisa-insured,mental-health,proprietary,WRONG_CRITERIA",
        "GA,erisa-insured,mental-health,interqual,VERIFY",
        "NY,erisa-insured,substance-use,interqual,WRONG_CRITERIA",
        "NY,erisa-insured,mental-health,mcg,VERIFY",
        "OR,medicaid-mco,mental-health,interqual,VERIFY",
    })
    void judgesTheCriteriaTheDenialNamed(
            String state, String plan, String focus, String used, CriteriaFinding expected) {
        StateCriteriaResult r =
                LOOKUP.lookup(
                        state,
                        HasId.fromId(PlanType.class, plan),
                        FundingType.UNKNOWN,
                        List.of(HasId.fromId(CareFocus.class, focus)),
                        ON);
        List<CriteriaVerdict> v =
                StateCriteriaLookup.check(r, HasId.fromId(CriteriaSet.class, used));
        assertThat(v).isNotEmpty().allMatch(x -> x.finding() == expected);
        assertThat(StateCriteriaLookup.wrongCriteriaApplied(v))
                .isEqualTo(expected == CriteriaFinding.WRONG_CRITERIA);
    }

    @Test
    void anUnverifiedRuleNeverFlagsWrongCriteriaByItself() {
        StateCriteriaResult r =
                LOOKUP.lookup(
                        "IL",
                        PlanType.ERISA_INSURED,
                        FundingType.FULLY_INSURED,
                        MH,
                        LocalDate.of(2025, 6, 1));
        assertThat(r.rules()).extracting(StateCriteriaRule::id).containsExactly("il-370c");
        assertThat(StateCriteriaLookup.check(r, CriteriaSet.PROPRIETARY))
                .allMatch(v -> v.finding() == CriteriaFinding.VERIFY);
    }

    @Test
    void coOccurringCareJudgedUnderMentalHealthCriteriaIsVerifiedNotFlagged() {
        List<CareFocus> focus = StateCriteriaLookup.focus(LevelOfCare.IOP_CO_OCCURRING, List.of());
        assertThat(focus).containsExactly(CareFocus.MENTAL_HEALTH, CareFocus.SUBSTANCE_USE);
        StateCriteriaResult r =
                LOOKUP.lookup("WA", PlanType.INDIVIDUAL, FundingType.UNKNOWN, focus, ON);
        assertThat(StateCriteriaLookup.check(r, CriteriaSet.LOCUS))
                .allMatch(v -> v.finding() == CriteriaFinding.VERIFY);
    }

    @Test
    void aSubstanceUseDiagnosisAddsSubstanceUseFocusToMentalHealthCare() {
        assertThat(
                        StateCriteriaLookup.focus(
                                LevelOfCare.IOP_MENTAL_HEALTH, List.of(Diagnosis.of("F10.20", ""))))
                .contains(CareFocus.SUBSTANCE_USE);
        assertThat(StateCriteriaLookup.focus(LevelOfCare.IOP_SUBSTANCE_USE, List.of()))
                .containsExactly(CareFocus.SUBSTANCE_USE);
    }
}
