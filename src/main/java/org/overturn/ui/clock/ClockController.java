package org.overturn.ui.clock;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineId;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.PeerToPeerWindow;
import org.overturn.domain.deadlines.Urgency;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The case clock on the Overview: what is next, every open deadline with its basis, the status and
 * the dates.
 */
public final class ClockController {

    private final WorkspaceViewModel workspace;
    private final CitationTitles citations;
    private final ClockViewModel vm;
    private final StatusViewModel status;
    private final Timeline minuteTick =
            new Timeline(new KeyFrame(Duration.minutes(1), e -> refresh()));

    @FXML private VBox root;
    @FXML private VBox nextBox;
    @FXML private Label nextLabel;
    @FXML private Label nextLeft;
    @FXML private Label nextDue;
    @FXML private Label ifMissed;
    @FXML private Label stateMessage;
    @FXML private VBox cautionsBox;
    @FXML private Label openHeading;
    @FXML private VBox deadlinesBox;
    @FXML private Label notesHeading;
    @FXML private VBox notesBox;

    @FXML private Label currentStatus;
    @FXML private ComboBox<CaseStatus> nextStatusBox;
    @FXML private TextField statusDateField;
    @FXML private Label statusDateError;
    @FXML private TextField statusNoteField;
    @FXML private Button recordStatusButton;

    @FXML private TextField appealFiledField;
    @FXML private Label appealFiledError;
    @FXML private TextField appealFiledTimeField;
    @FXML private Label appealFiledTimeError;
    @FXML private TextField finalDenialField;
    @FXML private Label finalDenialError;
    @FXML private TextField externalReviewField;
    @FXML private Label externalReviewError;
    @FXML private TextField externalReviewTimeField;
    @FXML private Label externalReviewTimeError;
    @FXML private TextField actionEffectiveField;
    @FXML private Label actionEffectiveError;
    @FXML private TextField lastCoveredDayField;
    @FXML private Label lastCoveredDayError;
    @FXML private TextField p2pAmountField;
    @FXML private Label p2pAmountError;
    @FXML private ComboBox<PeerToPeerWindow.Unit> p2pUnitBox;
    @FXML private ComboBox<DecisionLevel> finalDenialLevelBox;
    @FXML private VBox extensionRequestRow;
    @FXML private TextField extensionRequestedField;
    @FXML private Label extensionRequestedError;
    @FXML private TextField extensionRequestedTimeField;
    @FXML private Label extensionRequestedTimeError;
    @FXML private VBox decisionExtendedRow;
    @FXML private CheckBox decisionExtendedBox;
    @FXML private VBox stateHearingDaysRow;
    @FXML private TextField stateHearingDaysField;
    @FXML private Label stateHearingDaysError;
    @FXML private VBox suitByRow;
    @FXML private TextField suitByField;
    @FXML private Label suitByError;

    public ClockController(WorkspaceViewModel workspace, CitationTitles citations) {
        this.workspace = workspace;
        this.citations = citations;
        this.vm = new ClockViewModel(workspace);
        this.status = new StatusViewModel(workspace);
    }

    public ClockViewModel viewModel() {
        return vm;
    }

    public StatusViewModel statusViewModel() {
        return status;
    }

    @FXML
    private void initialize() {
        bindDates();
        bindStatus();
        // While a field below the clock is being typed in, the clock card above it keeps its size:
        // a card that grew
        // under the cursor would move the field, and the next click would land in another one. It
        // catches up when the
        // focus leaves that field.
        vm.viewProperty()
                .addListener(
                        (o, a, v) -> {
                            if (typingBelow()) {
                                pending = v;
                            } else {
                                show(v);
                            }
                        });
        root.sceneProperty()
                .addListener(
                        (o, a, scene) -> {
                            if (scene != null) {
                                scene.focusOwnerProperty()
                                        .addListener(
                                                (x, was, now) -> {
                                                    if (pending != null) {
                                                        ClockViewModel.View v = pending;
                                                        pending = null;
                                                        show(v);
                                                    }
                                                });
                            }
                        });
        show(vm.view());
        minuteTick.setCycleCount(Timeline.INDEFINITE);
        // Time left changes by the minute; tick only while the card is on screen.
        root.sceneProperty()
                .addListener(
                        (o, a, scene) -> {
                            if (scene == null) {
                                minuteTick.stop();
                            } else {
                                refresh();
                                minuteTick.play();
                            }
                        });
    }

    private ClockViewModel.View pending;

    /** Whether the focus is in a text field of this section below the clock card. */
    private boolean typingBelow() {
        if (root.getScene() == null
                || !(root.getScene().getFocusOwner() instanceof TextInputControl t)) {
            return false;
        }
        Node card = root.getChildren().get(0);
        for (Node n = t; n != null; n = n.getParent()) {
            if (n == card) {
                return false;
            }
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private void refresh() {
        vm.refresh();
    }

    // ---- dates
    // ---------------------------------------------------------------------------------------------

    private void bindDates() {
        ValidationSupport vs = new ValidationSupport();
        appealFiledField.textProperty().bindBidirectional(vm.appealFiled);
        appealFiledTimeField.textProperty().bindBidirectional(vm.appealFiledTime);
        finalDenialField.textProperty().bindBidirectional(vm.finalDenial);
        externalReviewField.textProperty().bindBidirectional(vm.externalReviewFiled);
        externalReviewTimeField.textProperty().bindBidirectional(vm.externalReviewFiledTime);
        actionEffectiveField.textProperty().bindBidirectional(vm.actionEffective);
        lastCoveredDayField.textProperty().bindBidirectional(vm.lastCoveredDay);
        p2pAmountField.textProperty().bindBidirectional(vm.p2pAmount);
        p2pUnitBox.getItems().setAll(PeerToPeerWindow.Unit.values());
        p2pUnitBox.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(PeerToPeerWindow.Unit u) {
                        return u == null
                                ? ""
                                : Messages.get(
                                        u == PeerToPeerWindow.Unit.HOURS
                                                ? "clock.unit.hours"
                                                : "clock.unit.days");
                    }

                    @Override
                    public PeerToPeerWindow.Unit fromString(String s) {
                        return null;
                    }
                });
        p2pUnitBox.valueProperty().bindBidirectional(vm.p2pUnit);

        FieldCheck filed =
                FieldCheck.install(vs, appealFiledField, appealFiledError, vm::checkAppealFiled);
        FieldCheck filedTime =
                FieldCheck.install(
                        vs, appealFiledTimeField, appealFiledTimeError, vm::checkAppealFiledTime);
        FieldCheck fin =
                FieldCheck.install(vs, finalDenialField, finalDenialError, vm::checkFinalDenial);
        FieldCheck ext =
                FieldCheck.install(
                        vs, externalReviewField, externalReviewError, vm::checkExternalReviewFiled);
        FieldCheck extTime =
                FieldCheck.install(
                        vs,
                        externalReviewTimeField,
                        externalReviewTimeError,
                        vm::checkExternalReviewFiledTime);
        FieldCheck.install(
                vs, actionEffectiveField, actionEffectiveError, ClockViewModel::checkPlainDate);
        FieldCheck.install(
                vs, lastCoveredDayField, lastCoveredDayError, ClockViewModel::checkPlainDate);
        FieldCheck p2p = FieldCheck.install(vs, p2pAmountField, p2pAmountError, vm::checkP2pAmount);

        finalDenialLevelBox.getItems().setAll(DecisionLevel.values());
        EnumCells.install(finalDenialLevelBox);
        finalDenialLevelBox.valueProperty().bindBidirectional(vm.finalDenialLevel);
        extensionRequestedField.textProperty().bindBidirectional(vm.extensionRequested);
        extensionRequestedTimeField.textProperty().bindBidirectional(vm.extensionRequestedTime);
        decisionExtendedBox.selectedProperty().bindBidirectional(vm.decisionExtended);
        stateHearingDaysField.textProperty().bindBidirectional(vm.stateHearingDays);
        suitByField.textProperty().bindBidirectional(vm.suitBy);
        FieldCheck.install(
                vs, extensionRequestedField, extensionRequestedError, vm::checkExtensionRequested);
        FieldCheck extensionTime =
                FieldCheck.install(
                        vs,
                        extensionRequestedTimeField,
                        extensionRequestedTimeError,
                        vm::checkExtensionRequestedTime);
        FieldCheck hearingDays =
                FieldCheck.install(
                        vs,
                        stateHearingDaysField,
                        stateHearingDaysError,
                        vm::checkStateHearingDays);
        FieldCheck.install(vs, suitByField, suitByError, ClockViewModel::checkPlainDate);
        vm.extensionRequested.addListener((o, a, b) -> extensionTime.evaluate());
        shownWith(extensionRequestRow, vm.asksExtensionRequestProperty());
        shownWith(decisionExtendedRow, vm.asksDecisionExtendedProperty());
        shownWith(stateHearingDaysRow, vm.asksStateHearingDaysProperty());
        shownWith(suitByRow, vm.asksSuitByProperty());
        // Checks that read another field run again when that field changes; so do those that read
        // the denial.
        vm.appealFiled.addListener(
                (o, a, b) -> {
                    fin.evaluate();
                    filedTime.evaluate();
                });
        vm.externalReviewFiled.addListener((o, a, b) -> extTime.evaluate());
        vm.p2pUnit.addListener((o, a, b) -> p2p.evaluate());
        workspace
                .caseFileProperty()
                .addListener(
                        (o, a, c) -> {
                            if (a == null || !a.denials().equals(c.denials())) {
                                filed.evaluate();
                                fin.evaluate();
                                ext.evaluate();
                            }
                            if (a == null || !a.plan().equals(c.plan())) {
                                hearingDays.evaluate();
                            }
                        });
    }

    private static void shownWith(Node n, ObservableBooleanValue on) {
        n.visibleProperty().bind(on);
        n.managedProperty().bind(on);
    }

    // ---- status
    // --------------------------------------------------------------------------------------------

    private void bindStatus() {
        nextStatusBox.setItems(status.allowed());
        EnumCells.install(nextStatusBox);
        nextStatusBox.valueProperty().bindBidirectional(status.target);
        statusDateField.textProperty().bindBidirectional(status.date);
        statusNoteField.textProperty().bindBidirectional(status.note);
        FieldCheck date =
                FieldCheck.install(
                        new ValidationSupport(),
                        statusDateField,
                        statusDateError,
                        status::checkDate);
        recordStatusButton
                .disableProperty()
                .bind(status.target.isNull().or(date.validProperty().not()));
        currentStatus
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> Messages.label(workspace.caseFile().status()),
                                workspace.caseFileProperty()));
        workspace.caseFileProperty().addListener((o, a, c) -> date.evaluate());
    }

    @FXML
    void recordStatus() {
        status.apply();
    }

    // ---- the clock
    // -----------------------------------------------------------------------------------------

    private void show(ClockViewModel.View v) {
        boolean hasNext = v.next().isPresent();
        visible(nextBox, hasNext);
        stateMessage.setText(stateText(v));
        visible(stateMessage, !stateMessage.getText().isEmpty());
        v.summary()
                .filter(s -> s.next().isPresent())
                .ifPresent(
                        s -> {
                            Deadline next = s.next().get();
                            nextLabel.setText(Messages.format("clock.next", next.label()));
                            nextDue.setText(Messages.format("clock.due", ClockDates.due(next)));
                            nextLeft.setText(s.timeLeft());
                            urgencyClass(nextLeft, s.urgency());
                            ifMissed.setText(
                                    Messages.format(
                                            s.urgency() == Urgency.OVERDUE
                                                    ? "clock.row.passed"
                                                    : "clock.ifMissed",
                                            s.ifMissed()));
                        });
        cautionsBox.getChildren().clear();
        for (String c : v.cautions()) {
            Label l = new Label(c, new FontIcon("mdi2a-alert-outline"));
            l.setWrapText(true);
            l.getStyleClass().add("clock-caution");
            cautionsBox.getChildren().add(l);
        }
        visible(openHeading, !v.open().isEmpty());
        deadlinesBox.getChildren().clear();
        for (ClockViewModel.Row r : vm.rows()) {
            deadlinesBox.getChildren().add(row(r));
        }
        notesBox.getChildren().clear();
        for (String n : v.notes()) {
            Label l = new Label(n, new FontIcon("mdi2i-information-outline"));
            l.setWrapText(true);
            l.getStyleClass().add("clock-note");
            notesBox.getChildren().add(l);
        }
        visible(notesHeading, !v.notes().isEmpty());
    }

    private static String stateText(ClockViewModel.View v) {
        return switch (v.state()) {
            case NEEDS_PLAN_TYPE -> Messages.get("clock.needsPlanType");
            case NEEDS_DENIAL_DATE -> Messages.get("clock.needsDenialDate");
            case DATES_DISAGREE -> Messages.format("clock.datesDisagree", v.problem());
            case NOT_COMPUTED -> v.problem();
            case COMPUTED -> v.open().isEmpty() ? Messages.get("clock.noneOpen") : "";
        };
    }

    private VBox row(ClockViewModel.Row r) {
        Deadline d = r.deadline();
        Label due = new Label(ClockDates.due(d));
        due.getStyleClass().add("deadline-due");
        due.setMinWidth(Region.USE_PREF_SIZE);
        Label label = new Label(d.label());
        label.getStyleClass().add("deadline-label");
        label.setWrapText(true);
        Label who =
                new Label(
                        d.id() == DeadlineId.LAST_COVERED_DAY
                                ? Messages.get("clock.party.coverage")
                                : switch (d.owner()) {
                                    case YOU -> Messages.get("clock.party.you");
                                    case PLAN -> Messages.get("clock.party.plan");
                                    case REVIEWER -> Messages.get("clock.party.reviewer");
                                });
        who.getStyleClass().add("deadline-party");
        who.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label left = new Label(vm.timeLeft(d));
        left.setMinWidth(Region.USE_PREF_SIZE);
        left.getStyleClass().add("clock-badge");
        urgencyClass(left, vm.urgency(d));
        HBox head = new HBox(12, due, label, who, gap, left);
        head.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(3, head);
        box.getStyleClass().add("deadline-row");
        box.getProperties().put("deadline-id", d.id().id());
        box.setId("deadline-" + d.id().id());
        if (r.passed()) {
            box.getStyleClass().add("deadline-passed");
        }
        // What missing it means, or once passed, what can still be done: one line, right under the
        // date.
        box.getChildren()
                .add(
                        wrapped(
                                Messages.format(
                                        r.passed() ? "clock.row.passed" : "clock.row.ifMissed",
                                        r.consequence()),
                                r.passed() ? "deadline-now" : "deadline-if-missed"));
        box.getChildren().add(wrapped(d.rule(), "deadline-rule"));
        box.getChildren()
                .add(
                        wrapped(
                                Messages.format(
                                        "clock.basis",
                                        d.citationId()
                                                .map(citations::describe)
                                                .orElse(
                                                        Messages.get(
                                                                d.id()
                                                                                == DeadlineId
                                                                                        .LAST_COVERED_DAY
                                                                        ? "clock.basis.approval"
                                                                        : "clock.basis.planOwn"))),
                                "text-muted"));
        String guarantee =
                switch (d.guarantee()) {
                    case EXACT -> "";
                    case MINIMUM ->
                            Messages.format("clock.guarantee.minimum", d.guarantee().explanation());
                    case UPPER_LIMIT ->
                            Messages.format(
                                    "clock.guarantee.upperLimit", d.guarantee().explanation());
                    case TYPICAL ->
                            Messages.format("clock.guarantee.typical", d.guarantee().explanation());
                };
        if (!guarantee.isEmpty()) {
            box.getChildren().add(wrapped(guarantee, "deadline-guarantee"));
        }
        if (!d.note().isEmpty()) {
            box.getChildren().add(wrapped(d.note(), "deadline-note"));
        }
        return box;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    static void urgencyClass(Label l, Urgency u) {
        l.getStyleClass().removeAll(List.of("urgency-overdue", "urgency-soon", "urgency-later"));
        switch (u) {
            case OVERDUE -> l.getStyleClass().add("urgency-overdue");
            case DUE_SOON -> l.getStyleClass().add("urgency-soon");
            case LATER -> l.getStyleClass().add("urgency-later");
            default -> {}
        }
    }

    private static void visible(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
