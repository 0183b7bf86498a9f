package org.overturn.ui.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.parity.Applicability;
import org.overturn.domain.parity.FundingType;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.common.TriState;
import org.overturn.ui.opencase.CaseSession;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The parity facts form and what follows from it (needs the FX toolkit for the workspace's saver).
 */
class ParityViewModelTest extends UiTestBase {

    private ParityViewModel vm(PlanType type, String state, CriteriaSet criteria) {
        Denial d = Denial.blank(DenialType.CONCURRENT, LevelOfCare.IOP_MENTAL_HEALTH);
        d =
                new Denial(
                        d.id(),
                        Optional.of(LocalDate.of(2026, 11, 16)),
                        d.receivedAt(),
                        d.receivedBy(),
                        d.denialType(),
                        d.urgent(),
                        d.levelOfCare(),
                        d.reasons(),
                        d.admissionSubReasons(),
                        criteria,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        d.unitKind(),
                        d.unitsRequested(),
                        d.unitsDenied(),
                        d.hoursPerWeekRequested(),
                        d.startDateRequested(),
                        d.billedAmount(),
                        "");
        CaseFile c =
                h.ctx.core()
                        .cases()
                        .create(
                                CaseFile.newCase(Patient.named("Parity Test"))
                                        .withPlan(
                                                new PlanFacts(
                                                        Optional.of(type),
                                                        Optional.empty(),
                                                        "",
                                                        state,
                                                        Optional.of(true)))
                                        .withDenial(d));
        return new ParityViewModel(
                new WorkspaceViewModel(CaseSession.of(h.ctx), c, List.of()), new ReferenceData());
    }

    @Test
    void anInsuredCaliforniaPlanJudgedByProprietaryCriteriaIsFlaggedWrongCriteria() {
        ParityViewModel vm = vm(PlanType.ERISA_INSURED, "CA", CriteriaSet.PROPRIETARY);
        assertThat(vm.stateLaw().orElseThrow().rules()).isNotEmpty();
        assertThat(vm.wrongCriteriaApplied()).isTrue();
        assertThat(vm.assessment().applicability()).isEqualTo(Applicability.APPLIES);
    }

    @Test
    void theSamePlanSelfFundedIsOutOfStateLawsReachAndNotFlagged() {
        ParityViewModel vm = vm(PlanType.ERISA_SELF_FUNDED, "CA", CriteriaSet.PROPRIETARY);
        assertThat(vm.stateLaw().orElseThrow().rules()).isEmpty();
        assertThat(vm.wrongCriteriaApplied()).isFalse();
    }

    @Test
    void factsSaveAsTypedAndABadValueKeepsTheLastGoodOne() {
        ParityViewModel vm = vm(PlanType.ERISA_SELF_FUNDED, "CA", CriteriaSet.UNKNOWN);
        assertThat(vm.assessment().applicability()).isEqualTo(Applicability.VERIFY);
        vm.funding.set(FundingType.SELF_FUNDED);
        vm.employerSize.set("30");
        assertThat(vm.workspace().caseFile().parity().employerSize()).contains(30);
        assertThat(vm.assessment().applicability()).isEqualTo(Applicability.NOT_SUBJECT);
        vm.employerSize.set("1200");
        vm.appealLevels.set("9");
        assertThat(ParityViewModel.checkAppealLevels("9")).isPresent();
        vm.appealLevels.set("2");
        vm.appealLevels.set("x");
        assertThat(ParityViewModel.checkAppealLevels("x")).isPresent();
        vm.retireeOnly.set(TriState.NO);
        var facts = vm.workspace().caseFile().parity();
        assertThat(facts.employerSize()).contains(1200);
        assertThat(facts.appealLevels()).contains(2);
        assertThat(facts.retireeOnly()).contains(false);
        assertThat(vm.assessment().applicability()).isEqualTo(Applicability.APPLIES);
    }

    @Test
    void theScreenNamesThePlanAndWhatItsTypeAlreadySays() {
        ParityViewModel vm = vm(PlanType.ERISA_SELF_FUNDED, "CA", CriteriaSet.UNKNOWN);
        assertThat(vm.planSummary()).endsWith("issued in: CA · California");
        var inferred = vm.inferred();
        assertThat(ParityViewModel.inferredNote(inferred))
                .startsWith("Filled in from the plan type (")
                .contains("Funding: Self-funded")
                .contains("Church plan: No");
        assertThat(ParityViewModel.inferredChoice(inferred, "Funding"))
                .contains("Self-funded (plan type)");
        assertThat(ParityViewModel.inferredChoice(inferred, "Church plan"))
                .contains("No (plan type)");
        vm.funding.set(FundingType.FULLY_INSURED);
        assertThat(ParityViewModel.inferredChoice(vm.inferred(), "Funding")).isEmpty();
        assertThat(ParityViewModel.inferredNote(List.of())).isEmpty();
    }

    @Test
    void theLimitsShowWhileParityMayReachThePlanAndSayWhyWhenEmpty() {
        ParityViewModel vm = vm(PlanType.ERISA_INSURED, "CA", CriteriaSet.PROPRIETARY);
        assertThat(ParityViewModel.applies(vm.assessment())).isTrue();
        assertThat(vm.noLimitation()).isEqualTo("No limitation identified from this denial yet.");
        assertThat(vm.classification(vm.assessment())).startsWith("Classification: ");

        ParityViewModel small = vm(PlanType.ERISA_SELF_FUNDED, "CA", CriteriaSet.UNKNOWN);
        small.funding.set(FundingType.SELF_FUNDED);
        small.employerSize.set("30");
        assertThat(small.assessment().applicability()).isEqualTo(Applicability.NOT_SUBJECT);
        assertThat(ParityViewModel.applies(small.assessment())).isFalse();
    }

    @Test
    void theStateLineCountsTheRulesThatReachThePlanAndEachRuleGetsItsVerdict() {
        ParityViewModel vm = vm(PlanType.ERISA_INSURED, "CA", CriteriaSet.PROPRIETARY);
        var result = vm.stateLaw();
        var r = result.orElseThrow();
        assertThat(vm.stateSummary(result))
                .startsWith(r.rules().size() + " state rule(s) in CA reach this plan.");
        var verdicts = vm.verdicts(r);
        for (var rule : r.rules()) {
            ParityViewModel.verdictFor(verdicts, rule)
                    .ifPresent(v -> assertThat(v.ruleId()).isEqualTo(rule.id()));
        }
        assertThat(r.rules())
                .anyMatch(rule -> ParityViewModel.verdictFor(verdicts, rule).isPresent());
        assertThat(ParityViewModel.verdictFor(List.of(), r.rules().get(0))).isEmpty();
        assertThat(vm.stateSummary(Optional.empty()))
                .isEqualTo("Add the denial in the Denials section to see this.");

        ParityViewModel selfFunded = vm(PlanType.ERISA_SELF_FUNDED, "CA", CriteriaSet.PROPRIETARY);
        assertThat(selfFunded.stateSummary(selfFunded.stateLaw()))
                .startsWith("No state rule on level-of-care criteria");
    }
}
