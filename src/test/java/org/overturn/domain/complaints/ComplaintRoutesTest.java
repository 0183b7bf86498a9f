package org.overturn.domain.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.overturn.domain.complaints.ComplaintKind.EMPLOYER;
import static org.overturn.domain.complaints.ComplaintKind.PARITY;
import static org.overturn.domain.complaints.ComplaintKind.STATE_LAW;
import static org.overturn.domain.complaints.Regulator.CA_CDI;
import static org.overturn.domain.complaints.Regulator.CA_DMHC;
import static org.overturn.domain.complaints.Regulator.CMS;
import static org.overturn.domain.complaints.Regulator.EBSA;
import static org.overturn.domain.complaints.Regulator.PLAN_SPONSOR;
import static org.overturn.domain.complaints.Regulator.STATE_INSURANCE;
import static org.overturn.domain.complaints.Regulator.STATE_MEDICAID;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.parity.FundingType;

/**
 * Each complaint's addressee from the plan type, its funding and its state (legal-rules section 7):
 * every plan type, both fundings where they matter, a state, no state, and California's two
 * offices.
 */
class ComplaintRoutesTest {

    private static ComplaintRoute route(
            ComplaintKind k, PlanType t, FundingType f, String state, Boolean sponsored) {
        return ComplaintRoutes.of(k, Optional.of(t), f, state, Optional.ofNullable(sponsored));
    }

    private static List<Regulator> to(ComplaintKind k, PlanType t, FundingType f, String state) {
        ComplaintRoute r = route(k, t, f, state, null);
        assertThat(r.open()).as("%s %s %s %s: %s", k, t, f, state, r.refusal()).isTrue();
        return r.addressees();
    }

    private static void refused(ComplaintKind k, PlanType t, FundingType f, String state) {
        ComplaintRoute r = route(k, t, f, state, null);
        assertThat(r.open()).as("%s %s %s %s", k, t, f, state).isFalse();
        assertThat(r.refusal()).get().asString().isNotBlank();
        assertThat(r.addressees()).isEmpty();
    }

    // ---- parity

    @Test
    void aSelfFundedErisaPlanAnswersToEbsaOnlyWhateverItsState() {
        assertThat(to(PARITY, PlanType.ERISA_SELF_FUNDED, FundingType.SELF_FUNDED, "NY"))
                .containsExactly(EBSA);
        assertThat(to(PARITY, PlanType.ERISA_SELF_FUNDED, FundingType.UNKNOWN, ""))
                .containsExactly(EBSA);
        assertThat(to(PARITY, PlanType.ERISA_SELF_FUNDED, FundingType.SELF_FUNDED, "CA"))
                .containsExactly(EBSA);
    }

    @Test
    void anInsuredErisaPlanGoesToEbsaFirstAndAlsoToTheStateThatRegulatesTheInsurer() {
        assertThat(to(PARITY, PlanType.ERISA_INSURED, FundingType.FULLY_INSURED, "NY"))
                .containsExactly(EBSA, STATE_INSURANCE);
        assertThat(to(PARITY, PlanType.ERISA_INSURED, FundingType.FULLY_INSURED, "CA"))
                .containsExactly(EBSA, CA_DMHC, CA_CDI);
        ComplaintRoute noState =
                route(PARITY, PlanType.ERISA_INSURED, FundingType.FULLY_INSURED, "", null);
        assertThat(noState.addressees()).containsExactly(EBSA);
        assertThat(noState.notes()).anyMatch(n -> n.contains("state the plan is issued in"));
    }

    @Test
    void aNonFederalGovernmentalPlanGoesToCmsAndToTheStateOnlyWhenInsured() {
        assertThat(to(PARITY, PlanType.GOVERNMENT_NONFEDERAL, FundingType.SELF_FUNDED, "IL"))
                .containsExactly(CMS);
        assertThat(to(PARITY, PlanType.GOVERNMENT_NONFEDERAL, FundingType.FULLY_INSURED, "IL"))
                .containsExactly(CMS, STATE_INSURANCE);
        ComplaintRoute unknown =
                route(PARITY, PlanType.GOVERNMENT_NONFEDERAL, FundingType.UNKNOWN, "IL", null);
        assertThat(unknown.addressees()).containsExactly(CMS);
        assertThat(unknown.notes()).anyMatch(n -> n.contains("insured"));
    }

    @Test
    void individualCoverageGoesToTheStateFirstThenCmsAndNeedsTheState() {
        assertThat(to(PARITY, PlanType.INDIVIDUAL, FundingType.UNKNOWN, "TX"))
                .containsExactly(STATE_INSURANCE, CMS);
        assertThat(to(PARITY, PlanType.INDIVIDUAL, FundingType.FULLY_INSURED, "CA"))
                .containsExactly(CA_DMHC, CA_CDI, CMS);
        refused(PARITY, PlanType.INDIVIDUAL, FundingType.UNKNOWN, "");
    }

    @Test
    void medicaidManagedCareGoesToTheStateMedicaidAgency() {
        assertThat(to(PARITY, PlanType.MEDICAID_MCO, FundingType.UNKNOWN, "IL"))
                .containsExactly(STATE_MEDICAID);
        refused(PARITY, PlanType.MEDICAID_MCO, FundingType.UNKNOWN, "");
    }

    @Test
    void noParityComplaintWhereTheReferencesHoldNoRoute() {
        for (PlanType t :
                List.of(
                        PlanType.MEDICAID_FFS,
                        PlanType.MEDICARE_ADVANTAGE,
                        PlanType.MEDICARE_ORIGINAL,
                        PlanType.FEHB,
                        PlanType.TRICARE,
                        PlanType.OTHER)) {
            refused(PARITY, t, FundingType.UNKNOWN, "NY");
        }
        assertThat(
                        route(PARITY, PlanType.MEDICARE_ADVANTAGE, FundingType.UNKNOWN, "NY", null)
                                .refusal())
                .get()
                .asString()
                .contains("does not reach Medicare");
    }

    // ---- state criteria law

    @Test
    void aStateCriteriaComplaintGoesToTheStateForInsuredCoverageOnly() {
        assertThat(to(STATE_LAW, PlanType.ERISA_INSURED, FundingType.FULLY_INSURED, "IL"))
                .containsExactly(STATE_INSURANCE);
        assertThat(to(STATE_LAW, PlanType.INDIVIDUAL, FundingType.UNKNOWN, "CA"))
                .containsExactly(CA_DMHC, CA_CDI);
        assertThat(to(STATE_LAW, PlanType.GOVERNMENT_NONFEDERAL, FundingType.FULLY_INSURED, "WA"))
                .containsExactly(STATE_INSURANCE);
        assertThat(to(STATE_LAW, PlanType.MEDICAID_MCO, FundingType.UNKNOWN, "OR"))
                .containsExactly(STATE_MEDICAID);
        refused(STATE_LAW, PlanType.ERISA_SELF_FUNDED, FundingType.SELF_FUNDED, "CA");
        refused(STATE_LAW, PlanType.GOVERNMENT_NONFEDERAL, FundingType.SELF_FUNDED, "WA");
        refused(STATE_LAW, PlanType.GOVERNMENT_NONFEDERAL, FundingType.UNKNOWN, "WA");
        refused(STATE_LAW, PlanType.ERISA_INSURED, FundingType.FULLY_INSURED, "");
        for (PlanType t :
                List.of(
                        PlanType.MEDICAID_FFS,
                        PlanType.MEDICARE_ADVANTAGE,
                        PlanType.MEDICARE_ORIGINAL,
                        PlanType.FEHB,
                        PlanType.TRICARE)) {
            refused(STATE_LAW, t, FundingType.FULLY_INSURED, "CA");
        }
    }

    // ---- the employer

    @Test
    void onlyAnEmployersPlanHasASponsorToWriteTo() {
        for (PlanType t :
                List.of(
                        PlanType.ERISA_SELF_FUNDED,
                        PlanType.ERISA_INSURED,
                        PlanType.GOVERNMENT_NONFEDERAL)) {
            assertThat(to(EMPLOYER, t, FundingType.UNKNOWN, "")).containsExactly(PLAN_SPONSOR);
        }
        for (PlanType t :
                List.of(
                        PlanType.INDIVIDUAL,
                        PlanType.MEDICAID_MCO,
                        PlanType.MEDICAID_FFS,
                        PlanType.MEDICARE_ORIGINAL,
                        PlanType.MEDICARE_ADVANTAGE,
                        PlanType.FEHB,
                        PlanType.TRICARE)) {
            refused(EMPLOYER, t, FundingType.UNKNOWN, "NY");
        }
        assertThat(
                        route(
                                        EMPLOYER,
                                        PlanType.MEDICARE_ADVANTAGE,
                                        FundingType.UNKNOWN,
                                        "NY",
                                        true)
                                .addressees())
                .as("an employer's group Medicare Advantage plan")
                .containsExactly(PLAN_SPONSOR);
    }

    @ParameterizedTest
    @EnumSource(ComplaintKind.class)
    void withoutAPlanTypeNothingIsRoutedAndTheClinicianIsToldWhy(ComplaintKind k) {
        ComplaintRoute r =
                ComplaintRoutes.of(
                        k, Optional.empty(), FundingType.UNKNOWN, "NY", Optional.empty());
        assertThat(r.open()).isFalse();
        assertThat(r.refusal()).get().asString().contains("plan type");
    }

    @ParameterizedTest
    @EnumSource(PlanType.class)
    void everyPlanTypeGetsAnAnswerForEveryKindWithoutThrowing(PlanType t) {
        for (ComplaintKind k : ComplaintKind.values()) {
            for (FundingType f : FundingType.values()) {
                for (String st : List.of("", "CA", "NY")) {
                    ComplaintRoute r = route(k, t, f, st, null);
                    assertThat(r.open() ? r.addressees() : List.of(r.refusal().get())).isNotEmpty();
                    r.addressees()
                            .forEach(a -> assertThat(a.addressLines(st, "Acme Inc.")).isNotEmpty());
                }
            }
        }
    }

    @Test
    void theOfficesArePrintedByTheirConfirmedNamesAndAStatesOfficeByItsRole() {
        assertThat(EBSA.addressLines("", ""))
                .containsExactly(
                        "Employee Benefits Security Administration", "U.S. Department of Labor");
        assertThat(STATE_INSURANCE.addressLines("NY", ""))
                .contains("Insurance regulator, State of New York");
        assertThat(STATE_MEDICAID.inSentence("IL"))
                .isEqualTo("the Medicaid agency of the State of Illinois");
        assertThat(PLAN_SPONSOR.addressLines("", "Harbor Logistics, Inc."))
                .containsExactly("Benefits office", "Harbor Logistics, Inc.");
    }
}
