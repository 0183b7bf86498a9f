package org.overturn.ui.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.overturn.domain.rebuttal.ChecklistLine;
import org.overturn.domain.rebuttal.ChecklistStatus;
import org.overturn.domain.rebuttal.DocumentItem;
import org.overturn.domain.rebuttal.DsmSeverity;
import org.overturn.domain.rebuttal.RiskLevel;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.domain.scoring.measures.WhodasScoring;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.OpenCases;

/**
 * The clinical picture's forms over a plain in-memory store (issue 16, item 2): no SQLite, no FX
 * toolkit.
 */
class ClinicalViewModelTest {

    @Test
    void theRiskAssessmentIsSavedAsTypedAndAFutureDateIsRefusedKeepingTheLastGoodOne() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            ClinicalViewModel vm = new ClinicalViewModel(o.workspace());
            vm.riskDate.set("11/20/2026");
            vm.suicide.set(RiskLevel.MODERATE);
            vm.assessedBy.set("Dr. Rater");
            vm.ifCareStops.set("Likely return to daily use within a week.");

            var risk = o.saved().clinical().risk().orElseThrow();
            assertThat(risk.date()).contains(LocalDate.of(2026, 11, 20));
            assertThat(risk.suicide()).isEqualTo(RiskLevel.MODERATE);
            assertThat(risk.assessedBy()).isEqualTo("Dr. Rater");
            assertThat(o.saved().clinical().ifCareStops())
                    .isEqualTo("Likely return to daily use within a week.");

            vm.riskDate.set("12/01/2026"); // after today, 11/26/2026
            assertThat(vm.checkRiskDate(vm.riskDate.get())).isPresent();
            vm.selfHarm.set(RiskLevel.LOW);
            var after = o.saved().clinical().risk().orElseThrow();
            assertThat(after.date()).contains(LocalDate.of(2026, 11, 20));
            assertThat(after.selfHarm()).isEqualTo(RiskLevel.LOW);
        }
    }

    @Test
    void aPhq9ByItemIsAddedWithItsItemsAndAnItemOutOfRangeAddsNothing() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            MeasuresViewModel vm = new MeasuresViewModel(o.workspace());
            vm.measure.set(Measure.PHQ_9);
            vm.date.set("11/20/2026");
            vm.items.forEach(p -> p.set("2"));
            vm.items.get(8).set("4"); // PHQ-9 items run 0 to 3
            assertThat(MeasuresViewModel.checkItem("4")).isPresent();
            assertThat(vm.readyProperty().get()).isFalse();
            assertThat(vm.add()).isFalse();

            vm.items.get(8).set("0");
            assertThat(vm.readyProperty().get()).isTrue();
            assertThat(vm.add()).isTrue();

            var measures = o.saved().measures();
            assertThat(measures)
                    .singleElement()
                    .satisfies(
                            m -> {
                                assertThat(m.measure()).isEqualTo(Measure.PHQ_9);
                                assertThat(m.items()).containsExactly(2, 2, 2, 2, 2, 2, 2, 2, 0);
                                assertThat(m.date()).isEqualTo(LocalDate.of(2026, 11, 20));
                            });
            assertThat(vm.items).allMatch(p -> p.get().isEmpty());

            vm.remove(measures.get(0).id());
            assertThat(o.workspace().caseFile().measures()).isEmpty();
            o.workspace().undo();
            assertThat(o.saved().measures()).hasSize(1);
        }
    }

    @Test
    void theSeverityHintGivesTheCountsSeverityOrAsksForACountForSubstanceUseOnly() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            ClinicalViewModel vm = new ClinicalViewModel(o.workspace());
            vm.dxCode.set("F33.1");
            assertThat(vm.severityHint()).isEmpty();

            vm.dxCode.set("F10.20");
            assertThat(vm.severityHint()).isEqualTo(Messages.get("clinical.dx.sudHint"));

            vm.dxCriteria.set("5");
            assertThat(vm.severityHint())
                    .isEqualTo(
                            Messages.format(
                                    "clinical.dx.derived", Messages.label(DsmSeverity.MODERATE)));

            vm.dxCriteria.set("1"); // too few for a disorder: no severity, so the hint again
            assertThat(vm.severityHint()).isEqualTo(Messages.get("clinical.dx.sudHint"));
        }
    }

    @Test
    void aChecklistLineTheClinicianHoldsSaysSoAndAnyOtherGivesItsHint() {
        ChecklistLine held =
                new ChecklistLine(
                        DocumentItem.ADMITTING_ASSESSMENT,
                        ChecklistStatus.TICKED,
                        "marked as held");
        ChecklistLine missing =
                new ChecklistLine(
                        DocumentItem.ADMITTING_ASSESSMENT,
                        ChecklistStatus.MISSING,
                        "Ask the program for it.");
        ChecklistLine inCase =
                new ChecklistLine(
                        DocumentItem.DIAGNOSIS_WITH_SEVERITY, ChecklistStatus.IN_CASE, "F33.1");

        assertThat(ClinicalViewModel.hint(held))
                .isEqualTo(Messages.get("clinical.checklist.ticked"));
        assertThat(ClinicalViewModel.hint(missing)).isEqualTo("Ask the program for it.");
        assertThat(ClinicalViewModel.hint(inCase)).isEqualTo("F33.1");
    }

    @Test
    void theTotalsRangeIsTheMeasuresOwnOrForWhodasTheChosenMethods() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            MeasuresViewModel vm = new MeasuresViewModel(o.workspace());
            vm.measure.set(Measure.GAD_7);
            assertThat(vm.scoreMin()).isZero();
            assertThat(vm.scoreMax()).isEqualTo(21);

            vm.measure.set(Measure.WHODAS_2);
            vm.whodas.set(WhodasScoring.SIMPLE_36);
            assertThat(vm.scoreMin()).isEqualTo(36);
            assertThat(vm.scoreMax()).isEqualTo(180);
            assertThat(vm.checkScore("35")).isPresent();
            assertThat(vm.checkScore("36")).isEmpty();

            vm.whodas.set(null);
            assertThat(vm.scoreMin()).isEqualTo(Measure.WHODAS_2.min());
            assertThat(vm.scoreMax()).isEqualTo(Measure.WHODAS_2.max());
        }
    }

    @Test
    void theItemsProblemLineNamesTheFirstRefusedAnswerOnly() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            MeasuresViewModel vm = new MeasuresViewModel(o.workspace());
            assertThat(vm.firstItemProblem()).isEmpty(); // blank items are not yet wrong

            vm.items.get(2).set("7");
            vm.items.get(5).set("x");
            assertThat(vm.firstItemProblem())
                    .contains(
                            Messages.format(
                                    "clinical.measures.itemProblem",
                                    MeasuresViewModel.checkItem("7").orElseThrow()));

            vm.items.get(2).set("3");
            assertThat(vm.firstItemProblem())
                    .contains(
                            Messages.format(
                                    "clinical.measures.itemProblem",
                                    MeasuresViewModel.checkItem("x").orElseThrow()));
        }
    }
}
