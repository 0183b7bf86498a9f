package org.overturn.domain.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.PlanType;

class ParityInferenceTest {

    @Test
    void aSelfFundedErisaPlanIsSelfFundedAndNotAChurchPlanWithoutBeingAsked() {
        var inferred =
                ParityInference.from(
                        Optional.of(PlanType.ERISA_SELF_FUNDED), ParityFacts.unknown());
        assertThat(inferred)
                .extracting(ParityInference.Inferred::fact, ParityInference.Inferred::value)
                .containsExactly(
                        Tuple.tuple("Funding", "Self-funded"), Tuple.tuple("Church plan", "No"));
        assertThat(inferred.get(0).from())
                .isEqualTo("the plan type (Employer plan, self-funded (ERISA))");
        assertThat(
                        ParityInference.from(
                                Optional.of(PlanType.ERISA_INSURED),
                                Optional.empty(),
                                ParityFacts.unknown()))
                .extracting(ParityInference.Inferred::fact)
                .containsExactly("Funding", "Employer-sponsored", "Church plan");
        ParityFacts applied =
                ParityInference.apply(
                        Optional.of(PlanType.ERISA_SELF_FUNDED), ParityFacts.unknown());
        assertThat(applied.funding()).isEqualTo(FundingType.SELF_FUNDED);
        assertThat(applied.churchPlan()).contains(false);
    }

    @Test
    void whatTheClinicianEnteredWinsAndOtherPlanTypesImplyNothing() {
        ParityFacts entered =
                new ParityFacts(
                        FundingType.FULLY_INSURED,
                        Optional.empty(),
                        Optional.of(true),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
        assertThat(ParityInference.from(Optional.of(PlanType.ERISA_SELF_FUNDED), entered))
                .isEmpty();
        assertThat(ParityInference.apply(Optional.of(PlanType.ERISA_SELF_FUNDED), entered))
                .isEqualTo(entered);
        assertThat(ParityInference.from(Optional.of(PlanType.ERISA_INSURED), ParityFacts.unknown()))
                .first()
                .satisfies(i -> assertThat(i.value()).isEqualTo("Fully insured"));
        assertThat(ParityInference.from(Optional.of(PlanType.MEDICAID_MCO), ParityFacts.unknown()))
                .isEmpty();
        assertThat(
                        ParityInference.from(
                                Optional.of(PlanType.GOVERNMENT_NONFEDERAL), ParityFacts.unknown()))
                .isEmpty();
        assertThat(ParityInference.from(Optional.empty(), ParityFacts.unknown())).isEmpty();
    }
}
