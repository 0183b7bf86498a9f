package org.overturn.ui.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.overturn.domain.rebuttal.RiskLevel;
import org.overturn.domain.scoring.measures.Measure;
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
}
