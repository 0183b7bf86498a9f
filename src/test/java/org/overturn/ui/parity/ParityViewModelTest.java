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
}
