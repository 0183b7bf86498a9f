package org.overturn.ui.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.persistence.json.CaseJson;
import org.overturn.ui.opencase.OpenCases;

/**
 * The rebuttal section over a plain in-memory store (issue 16, item 2): no SQLite, no FX toolkit.
 * The case is the shipped ERISA sample without its analysis, so the rationale is split here.
 */
class RebuttalViewModelTest {

    private static final ReferenceData REFERENCE = new ReferenceData();

    private static CaseFile sample() throws Exception {
        try (InputStream in =
                RebuttalViewModelTest.class.getResourceAsStream(
                        "/org/overturn/samples/mh-iop-concurrent-erisa.json")) {
            CaseFile c =
                    new CaseJson()
                            .read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .caseFile();
            return c.withoutId().withStatements(List.of()).withRebuttal(List.of());
        }
    }

    @Test
    void theRationaleIsSplitConfirmedAndAnsweredRowByRowAndARemovedRowComesBack() throws Exception {
        try (OpenCases.Opened o = OpenCases.open(sample())) {
            RebuttalViewModel vm = new RebuttalViewModel(o.workspace(), REFERENCE);
            assertThat(vm.hasDenial()).isTrue();
            assertThat(vm.rationale.get())
                    .isEqualTo(
                            o.workspace()
                                    .caseFile()
                                    .currentDenial()
                                    .map(Denial::rationale)
                                    .orElseThrow());

            vm.analyse();
            int statements = o.workspace().caseFile().statements().size();
            assertThat(statements).isGreaterThan(1);

            vm.confirmAll();
            assertThat(o.workspace().caseFile().statements()).allMatch(m -> m.confirmed());
            int added = vm.addRowsFromConfirmed();
            assertThat(added).isPositive();
            var saved = o.saved();
            assertThat(saved.rebuttal()).hasSize(added);
            assertThat(saved.statements()).hasSize(statements);

            String first = saved.rebuttal().get(0).id();
            vm.removeRow(first);
            assertThat(o.workspace().caseFile().rebuttal()).noneMatch(r -> r.id().equals(first));
            o.workspace().undo();
            assertThat(o.saved().rebuttal()).anyMatch(r -> r.id().equals(first));
        }
    }

    @Test
    void aTypedCriterionBecomesARowAndABlankOneDoesNothing() throws Exception {
        try (OpenCases.Opened o = OpenCases.open(sample())) {
            RebuttalViewModel vm = new RebuttalViewModel(o.workspace(), REFERENCE);
            vm.newCriterion.set("   ");
            assertThat(vm.addTypedRow()).isFalse();
            vm.newCriterion.set("Patient must fail outpatient care first");
            assertThat(vm.addTypedRow()).isTrue();
            assertThat(vm.newCriterion.get()).isEmpty();
            assertThat(o.saved().rebuttal())
                    .singleElement()
                    .satisfies(
                            r ->
                                    assertThat(r.criterion())
                                            .isEqualTo("Patient must fail outpatient care first"));
        }
    }

    @Test
    void aRationaleEditIsSavedOnTheCurrentDenial() throws Exception {
        try (OpenCases.Opened o = OpenCases.open(sample())) {
            RebuttalViewModel vm = new RebuttalViewModel(o.workspace(), REFERENCE);
            vm.rationale.set("Services do not meet medical necessity criteria for IOP.");
            assertThat(o.saved().currentDenial().map(Denial::rationale))
                    .contains("Services do not meet medical necessity criteria for IOP.");
        }
    }
}
