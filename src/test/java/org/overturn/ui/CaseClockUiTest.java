package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.overturn.core.CoreServices;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.ClockCases;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;
import org.overturn.domain.deadlines.StatusWorkflow;
import org.overturn.domain.deadlines.Urgency;
import org.overturn.ui.cases.CaseRow;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Mnemonics;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 5 in the real window: twenty cases sorted by urgency with the due-soon strip; a status move
 * on the clock.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CaseClockUiTest {

    private static final LocalDate TODAY = LocalDate.now();

    private UiHarness h;

    private static CaseFile c(String name, PlanType plan, int daysAgo) {
        return ClockCases.of(
                name, plan, DenialType.PRE_SERVICE, TODAY.minusDays(daysAgo), CaseStatus.DENIED);
    }

    /**
     * Four overdue, five due within a week, eight later, three without any open deadline; stored in
     * a mixed order.
     */
    static List<CaseFile> twenty() {
        List<CaseFile> out =
                new ArrayList<>(
                        List.of(
                                c("Later FEHB", PlanType.FEHB, 10),
                                c("Overdue TRICARE", PlanType.TRICARE, 100), // 90 days: 10 days ago
                                c(
                                        "Soon ERISA",
                                        PlanType.ERISA_SELF_FUNDED,
                                        176), // 180 days: in 4 days
                                c("Later ERISA insured", PlanType.ERISA_INSURED, 30),
                                c("Overdue ERISA", PlanType.ERISA_SELF_FUNDED, 200), // 20 days ago
                                c("Soon individual", PlanType.INDIVIDUAL, 178), // in 2 days
                                c("Other plan", PlanType.OTHER, 5),
                                c("Later Medicaid", PlanType.MEDICAID_MCO, 20),
                                c("Soon Medicaid", PlanType.MEDICAID_MCO, 57), // 60 days: in 3 days
                                c("Overdue Medicaid", PlanType.MEDICAID_MCO, 75), // 15 days ago
                                c("Later Medicare Advantage", PlanType.MEDICARE_ADVANTAGE, 10),
                                c("Soon TRICARE", PlanType.TRICARE, 85), // in 5 days
                                c("Later individual", PlanType.INDIVIDUAL, 60),
                                c(
                                        "Overdue Medicare Advantage",
                                        PlanType.MEDICARE_ADVANTAGE,
                                        70), // 65 days: 5 days ago
                                c("Later TRICARE", PlanType.TRICARE, 30),
                                c("Soon ERISA insured", PlanType.ERISA_INSURED, 174), // in 6 days
                                c("Later government plan", PlanType.GOVERNMENT_NONFEDERAL, 100),
                                c("Later Medicaid FFS", PlanType.MEDICAID_FFS, 40)));
        out.add(c("Closed case", PlanType.ERISA_SELF_FUNDED, 5).withStatus(CaseStatus.CLOSED));
        out.add(
                CaseFile.newCase(Patient.named("No denial yet"))
                        .withPlan(
                                new PlanFacts(
                                        Optional.of(PlanType.ERISA_INSURED),
                                        Optional.empty(),
                                        "",
                                        "",
                                        Optional.empty())));
        return out;
    }

    @Start
    void start(Stage stage) throws Exception {
        h = new UiHarness();
        CoreServices core = h.openCore();
        for (CaseFile c : twenty()) {
            core.cases().create(c);
        }
        h.start(stage);
    }

    @AfterEach
    void tearDown() {
        h.stop();
        h.forget();
    }

    /** Opens the case of this patient from the Cases list, on its Overview with the clock. */
    private WorkspaceViewModel openOnItsOverview(FxRobot robot, String patient) {
        TableView<CaseRow> table = casesTable(robot);
        UiHarness.waitUntil(() -> table.getItems().size() == 20);
        long id =
                table.getItems().stream()
                        .filter(r -> r.patient().equals(patient))
                        .findFirst()
                        .orElseThrow()
                        .id();
        robot.interact(() -> h.main.viewModel().open(id, () -> {}));
        UiHarness.waitUntil(() -> robot.lookup("#nextStatusBox").tryQuery().isPresent());
        return h.main.viewModel().openCase().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> casesTable(FxRobot robot) {
        return (TableView<CaseRow>) robot.lookup(".cases-table").queryAs(TableView.class);
    }

    @Test
    void twentyCasesAreSortedByUrgencyWithTheOverdueFirstAndTheDueSoonStripAboveThem(
            FxRobot robot) {
        TableView<CaseRow> table = casesTable(robot);
        UiHarness.waitUntil(() -> table.getItems().size() == 20);

        List<CaseRow> rows = List.copyOf(table.getItems());
        assertThat(rows.subList(0, 4))
                .extracting(CaseRow::patient)
                .containsExactly(
                        "Overdue ERISA",
                        "Overdue Medicaid",
                        "Overdue TRICARE",
                        "Overdue Medicare Advantage");
        assertThat(rows.subList(4, 9))
                .extracting(CaseRow::patient)
                .containsExactly(
                        "Soon individual",
                        "Soon Medicaid",
                        "Soon ERISA",
                        "Soon TRICARE",
                        "Soon ERISA insured");
        assertThat(rows.subList(17, 20))
                .extracting(CaseRow::patient)
                .containsExactlyInAnyOrder("Other plan", "Closed case", "No denial yet");
        for (int i = 1; i < rows.size(); i++) {
            CaseRow a = rows.get(i - 1);
            CaseRow b = rows.get(i);
            assertThat(a.urgency().ordinal())
                    .as(a.patient() + " before " + b.patient())
                    .isLessThanOrEqualTo(b.urgency().ordinal());
            if (a.nextDeadline().isPresent() && b.nextDeadline().isPresent()) {
                assertThat(a.nextDeadline().get().lastMoment())
                        .isBeforeOrEqualTo(b.nextDeadline().get().lastMoment());
            }
        }
        assertThat(rows.get(0).urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(rows.get(0).timeLeft()).isEqualTo("overdue by 20 days");
        assertThat(rows.get(0).nextDeadline())
                .map(NextDeadline::deadlineId)
                .contains("appeal-file-by");

        Node strip = robot.lookup(".due-soon-strip").query();
        assertThat(strip.isVisible()).isTrue();
        Label title = robot.lookup(".due-soon-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Due soon: 4 overdue, 5 within 7 days");
        FlowPane chips = robot.lookup("#dueSoonChips").queryAs(FlowPane.class);
        List<Button> buttons =
                chips.getChildren().stream()
                        .filter(n -> n instanceof Button)
                        .map(n -> (Button) n)
                        .toList();
        assertThat(buttons).hasSize(6);
        assertThat(buttons.subList(0, 4))
                .allSatisfy(b -> assertThat(b.getStyleClass()).contains("due-chip-overdue"));
        assertThat(buttons.subList(4, 6))
                .allSatisfy(b -> assertThat(b.getStyleClass()).contains("due-chip-soon"));
        assertThat(Mnemonics.plain(buttons.get(0).getText()))
                .startsWith("Overdue ERISA")
                .endsWith("overdue by 20 days");
        assertThat(chips.getChildren().get(6))
                .isInstanceOfSatisfying(
                        Label.class, l -> assertThat(l.getText()).isEqualTo("and 3 more"));

        // A chip opens its case.
        robot.clickOn(buttons.get(0));
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        assertThat(h.main.viewModel().openCase().get().caseFile().patient().name())
                .isEqualTo("Overdue ERISA");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStatusMoveOnTheClockIsRecordedOnTheTimelineWithItsDateAndCanBeUndone(FxRobot robot) {
        WorkspaceViewModel w = openOnItsOverview(robot, "Later ERISA insured");
        assertThat(robot.lookup("#deadline-appeal-file-by").tryQuery()).isPresent();

        ComboBox<CaseStatus> next = robot.lookup("#nextStatusBox").queryAs(ComboBox.class);
        assertThat(next.getItems())
                .containsExactlyElementsOf(StatusWorkflow.allowedFrom(CaseStatus.DENIED));
        Button record = robot.lookup("#recordStatusButton").queryAs(Button.class);
        assertThat(record.isDisabled()).as("nothing chosen yet").isTrue();
        LocalDate filed = TODAY.minusDays(2);
        robot.interact(
                () -> {
                    next.setValue(CaseStatus.APPEAL_FILED);
                    robot.lookup("#statusDateField")
                            .queryAs(TextField.class)
                            .setText(Dates.show(filed));
                });
        assertThat(record.isDisabled()).isFalse();
        robot.interact(record::fire);

        assertThat(w.caseFile().status()).isEqualTo(CaseStatus.APPEAL_FILED);
        assertThat(w.caseFile().clock().appealFiled()).contains(filed);
        assertThat(robot.lookup(".status-badge").queryAs(Label.class).getText())
                .isEqualTo("Appeal filed");
        UiHarness.waitUntil(
                () -> robot.lookup("#deadline-appeal-decision-due").tryQuery().isPresent());
        assertThat(robot.lookup("#deadline-appeal-file-by").tryQuery())
                .as("filed: no longer open")
                .isEmpty();

        robot.clickOn("Timeline");
        UiHarness.waitUntil(() -> robot.lookup(".timeline-table").tryQuery().isPresent());
        TableView<TimelineEvent> timeline =
                robot.lookup(".timeline-table").queryAs(TableView.class);
        assertThat(timeline.getItems())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.kind()).isEqualTo(EventKind.STATUS);
                            assertThat(e.date()).isEqualTo(filed);
                            assertThat(e.title()).isEqualTo("Status: Denied → Appeal filed");
                        });

        robot.interact(w::undo);
        assertThat(timeline.getItems()).isEmpty();
        assertThat(w.caseFile().status()).isEqualTo(CaseStatus.DENIED);
        assertThat(w.caseFile().clock().appealFiled()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUpheldAppealRecordedAsDecidedOpensTheExternalReviewStepOnTheClock(FxRobot robot) {
        WorkspaceViewModel w = openOnItsOverview(robot, "Later ERISA insured");
        ComboBox<CaseStatus> next = robot.lookup("#nextStatusBox").queryAs(ComboBox.class);
        TextField date = robot.lookup("#statusDateField").queryAs(TextField.class);
        Button record = robot.lookup("#recordStatusButton").queryAs(Button.class);
        LocalDate filed = TODAY.minusDays(20);
        robot.interact(
                () -> {
                    next.setValue(CaseStatus.APPEAL_FILED);
                    date.setText(Dates.show(filed));
                });
        robot.interact(record::fire);
        Node decisionRows = robot.lookup("#decisionRows").query();
        assertThat(decisionRows.isVisible()).as("asked only for a decision").isFalse();

        ComboBox<DecisionOutcome> outcome = robot.lookup("#outcomeBox").queryAs(ComboBox.class);
        ComboBox<DecisionLevel> level = robot.lookup("#decidedByBox").queryAs(ComboBox.class);
        robot.interact(
                () -> {
                    next.setValue(CaseStatus.DECIDED);
                    date.setText(Dates.show(filed.minusDays(1)));
                });
        assertThat(decisionRows.isVisible()).isTrue();
        assertThat(level.getValue()).isEqualTo(DecisionLevel.INTERNAL);
        assertThat(record.isDisabled()).as("no outcome chosen yet").isTrue();
        robot.interact(() -> outcome.setValue(DecisionOutcome.UPHELD));
        assertThat(record.isDisabled()).as("decided before the appeal was filed").isTrue();
        assertThat(robot.lookup("#statusDateError").queryAs(Label.class).getText())
                .contains("before the appeal was filed");

        LocalDate decided = TODAY.minusDays(1);
        robot.interact(() -> date.setText(Dates.show(decided)));
        assertThat(record.isDisabled()).isFalse();
        robot.interact(record::fire);

        assertThat(w.caseFile().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(w.caseFile().decisions())
                .containsExactly(
                        new Decision(decided, DecisionLevel.INTERNAL, DecisionOutcome.UPHELD));
        assertThat(w.caseFile().clock().finalDenial()).contains(decided);
        UiHarness.waitUntil(
                () -> robot.lookup("#deadline-external-review-file-by").tryQuery().isPresent());
        assertThat(decisionRows.isVisible()).as("the form starts again").isFalse();

        robot.interact(w::undo);
        assertThat(w.caseFile().status()).isEqualTo(CaseStatus.APPEAL_FILED);
        assertThat(w.caseFile().decisions()).isEmpty();
        assertThat(w.caseFile().clock().finalDenial()).isEmpty();
    }

    @Test
    void aClickedColumnHeaderSortsTheListAndSearchingKeepsThatOrder(FxRobot robot) {
        TableView<CaseRow> table = casesTable(robot);
        UiHarness.waitUntil(() -> table.getItems().size() == 20);
        Collator collator = Collator.getInstance();

        robot.clickOn(
                robot.lookup(".cases-table .column-header .label")
                        .match((Label l) -> l.getText().equals("Patient"))
                        .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> patients = table.getItems().stream().map(CaseRow::patient).toList();
        assertThat(patients).hasSize(20).isSortedAccordingTo(collator);

        robot.interact(() -> h.main.viewModel().cases().searchProperty().set("soon"));
        List<String> found = table.getItems().stream().map(CaseRow::patient).toList();
        assertThat(found)
                .hasSize(5)
                .allMatch(p -> p.startsWith("Soon"))
                .isSortedAccordingTo(collator);

        robot.interact(() -> h.main.viewModel().cases().searchProperty().set(""));
        assertThat(table.getItems().stream().map(CaseRow::patient).toList()).isEqualTo(patients);
    }

    @Test
    void theClockAsksOnlyForTheDatesThePlanTypeHasAndEachRowSaysWhatMissingItMeans(FxRobot robot) {
        TableView<CaseRow> table = casesTable(robot);
        UiHarness.waitUntil(() -> table.getItems().size() == 20);
        long id =
                table.getItems().stream()
                        .filter(r -> r.patient().equals("Later Medicaid"))
                        .findFirst()
                        .orElseThrow()
                        .id();
        robot.interact(() -> h.main.viewModel().open(id, () -> {}));
        UiHarness.waitUntil(() -> robot.lookup("#stateHearingDaysField").tryQuery().isPresent());
        WorkspaceViewModel w = h.main.viewModel().openCase().orElseThrow();

        // Medicaid managed care: the State's hearing window and the plan's extension; no ERISA-only
        // dates.
        assertThat(robot.lookup("#stateHearingDaysRow").query().isVisible()).isTrue();
        assertThat(robot.lookup("#decisionExtendedRow").query().isVisible()).isTrue();
        assertThat(robot.lookup("#extensionRequestRow").query().isVisible()).isFalse();
        assertThat(robot.lookup("#suitByRow").query().isVisible()).isFalse();

        Node row = robot.lookup("#deadline-appeal-file-by").query();
        assertThat(robot.from(row).lookup(".deadline-if-missed").queryAs(Label.class).getText())
                .startsWith("If missed: ");

        TextField days = robot.lookup("#stateHearingDaysField").queryAs(TextField.class);
        robot.interact(() -> days.setText("60"));
        assertThat(robot.lookup("#stateHearingDaysError").queryAs(Label.class).getText())
                .contains("90 to 120");
        assertThat(w.caseFile().clock().stateHearingDays()).isEmpty();
        assertThat(days.getText()).as("what was typed stays").isEqualTo("60");
        robot.interact(() -> days.setText("100"));
        assertThat(w.caseFile().clock().stateHearingDays()).contains(100);
        assertThat(robot.lookup("#stateHearingDaysError").queryAs(Label.class).getText()).isEmpty();
    }
}
