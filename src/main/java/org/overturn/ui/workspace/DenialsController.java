package org.overturn.ui.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.DatePlausibility;
import org.overturn.domain.casefile.DenialAnalysis;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.ReceiptMethod;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.cases.UnitKind;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Denials: the list of denials in the episode, the selected one's form, and the authorization
 * periods.
 */
public final class DenialsController {

    private final WorkspaceViewModel workspace;
    private final DenialForm form;

    @FXML private ListView<Denial> denialList;
    @FXML private Button removeDenialButton;
    @FXML private Label noDenialLabel;
    @FXML private ScrollPane formScroll;
    @FXML private TextField noticeDateField;
    @FXML private Label noticeDateError;
    @FXML private ComboBox<ReceiptMethod> receivedByBox;
    @FXML private TextField receivedDateField;
    @FXML private Label receivedDateError;
    @FXML private TextField receivedTimeField;
    @FXML private Label receivedTimeError;
    @FXML private ComboBox<DenialType> denialTypeBox;
    @FXML private CheckBox urgentBox;
    @FXML private Label urgentError;
    @FXML private ComboBox<LevelOfCare> levelBox;
    @FXML private Label phoneNote;
    @FXML private FlowPane reasonPane;
    @FXML private Label subReasonLabel;
    @FXML private FlowPane subReasonPane;
    @FXML private ComboBox<CriteriaSet> criteriaBox;
    @FXML private TextField criteriaVersionField;
    @FXML private TextField reviewerField;
    @FXML private TextField credentialsField;
    @FXML private TextField authField;
    @FXML private TextField claimField;
    @FXML private TextField referenceField;
    @FXML private ComboBox<UnitKind> unitKindBox;
    @FXML private TextField startDateField;
    @FXML private Label startDateError;
    @FXML private TextField endDateField;
    @FXML private Label endDateError;
    @FXML private TextField requestedField;
    @FXML private Label requestedError;
    @FXML private TextField deniedField;
    @FXML private Label deniedError;
    @FXML private TextField hoursField;
    @FXML private Label hoursError;
    @FXML private TextField billedField;
    @FXML private Label billedError;
    @FXML private TextArea rationaleArea;
    @FXML private TableView<AuthorizationPeriod> authTable;
    @FXML private TableColumn<AuthorizationPeriod, String> authFirstColumn;
    @FXML private TableColumn<AuthorizationPeriod, String> authLastColumn;
    @FXML private TableColumn<AuthorizationPeriod, String> authUnitsColumn;
    @FXML private TableColumn<AuthorizationPeriod, String> authReviewColumn;
    @FXML private TextField authFirstField;
    @FXML private TextField authLastField;
    @FXML private TextField authUnitsField;
    @FXML private TextField authReviewField;
    @FXML private Button removeAuthButton;
    @FXML private Label authError;

    public DenialsController(WorkspaceViewModel workspace, DenialAnalysis analysis) {
        this.workspace = workspace;
        this.form = new DenialForm(workspace, analysis);
    }

    public DenialForm form() {
        return form;
    }

    @FXML
    private void initialize() {
        denialList.setCellFactory(
                lv ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(Denial d, boolean empty) {
                                super.updateItem(d, empty);
                                setText(null);
                                setPrefWidth(0);
                                if (empty || d == null) {
                                    setGraphic(null);
                                    return;
                                }
                                String[] lines = describe(d).split("\n", 2);
                                Label title = new Label(lines[0]);
                                title.getStyleClass().add("denial-cell-title");
                                Label sub = new Label(lines.length > 1 ? lines[1] : "");
                                sub.getStyleClass().add("denial-cell-sub");
                                sub.setWrapText(true);
                                sub.setMaxWidth(190);
                                sub.setMinHeight(Region.USE_PREF_SIZE);
                                setGraphic(new VBox(2, title, sub));
                            }
                        });
        denialList
                .getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, d) -> {
                            if (d != null
                                    && form.current()
                                            .map(c -> !c.id().equals(d.id()))
                                            .orElse(true)) {
                                form.load(d);
                            }
                            showForm();
                        });
        removeDenialButton
                .disableProperty()
                .bind(denialList.getSelectionModel().selectedItemProperty().isNull());
        bindForm();
        authFirstColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().firstDay())));
        authLastColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().lastDay())));
        authUnitsColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Numbers.show(c.getValue().units())));
        authReviewColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().nextReviewDate())));
        authTable.setPlaceholder(new Label(Messages.get("auth.none")));
        removeAuthButton
                .disableProperty()
                .bind(authTable.getSelectionModel().selectedItemProperty().isNull());
        showAuthError("");
        workspace.caseFileProperty().addListener((o, a, c) -> refresh(c));
        refresh(workspace.caseFile());
        if (!denialList.getItems().isEmpty()) {
            denialList.getSelectionModel().select(denialList.getItems().size() - 1);
        }
        showForm();
    }

    private void showForm() {
        boolean has = denialList.getSelectionModel().getSelectedItem() != null;
        formScroll.setVisible(has);
        noDenialLabel.setVisible(!has);
    }

    static String describe(Denial d) {
        String date = d.effectiveDate().map(Dates::show).orElse(Messages.get("denial.undated"));
        // The date alone on the first line, so it is never cut in the narrow list; the rest wraps
        // below it.
        return date
                + "\n"
                + (d.urgent() ? Messages.get("denial.urgentShort") + " · " : "")
                + Messages.label(d.denialType())
                + " · "
                + Messages.label(d.levelOfCare());
    }

    private void refresh(CaseFile c) {
        String selected =
                Optional.ofNullable(denialList.getSelectionModel().getSelectedItem())
                        .map(Denial::id)
                        .orElse(null);
        denialList.getItems().setAll(c.denials());
        if (selected != null) {
            for (int i = 0; i < c.denials().size(); i++) {
                if (c.denials().get(i).id().equals(selected)) {
                    denialList.getSelectionModel().select(i);
                }
            }
        }
        authTable.getItems().setAll(c.authorizations());
        showForm();
    }

    private void bindForm() {
        ValidationSupport vs = new ValidationSupport();
        text(vs, noticeDateField, form.noticeDate, noticeDateError, form::checkNoticeDate)
                .warnWhen(
                        t ->
                                Dates.parse(t)
                                        .value()
                                        .flatMap(
                                                d ->
                                                        DatePlausibility.noticeDate(
                                                                d,
                                                                LocalDate.now(workspace.clock()))));
        text(vs, receivedDateField, form.receivedDate, receivedDateError, form::checkReceivedDate);
        FieldCheck timeCheck =
                text(
                        vs,
                        receivedTimeField,
                        form.receivedTime,
                        receivedTimeError,
                        form::checkReceivedTime);
        form.receivedDate.addListener((o, a, b) -> timeCheck.evaluate());
        text(vs, startDateField, form.startDate, startDateError, form::checkStartDate);
        FieldCheck endCheck =
                text(vs, endDateField, form.endDate, endDateError, form::checkEndDate);
        form.startDate.addListener((o, a, b) -> endCheck.evaluate());
        FieldCheck denied =
                text(vs, deniedField, form.unitsDenied, deniedError, form::checkUnitsDenied);
        text(vs, requestedField, form.unitsRequested, requestedError, DenialForm::checkCount);
        form.unitsRequested.addListener((o, a, b) -> denied.evaluate());
        text(vs, hoursField, form.hoursPerWeek, hoursError, DenialForm::checkHours);
        text(vs, billedField, form.billedAmount, billedError, DenialForm::checkAmount);
        criteriaVersionField.textProperty().bindBidirectional(form.criteriaVersion);
        reviewerField.textProperty().bindBidirectional(form.reviewerName);
        credentialsField.textProperty().bindBidirectional(form.reviewerCredentials);
        authField.textProperty().bindBidirectional(form.authorizationNumber);
        claimField.textProperty().bindBidirectional(form.claimNumber);
        referenceField.textProperty().bindBidirectional(form.referenceNumber);
        rationaleArea.textProperty().bindBidirectional(form.rationale);
        urgentBox.selectedProperty().bindBidirectional(form.urgent);
        urgentError
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> form.urgentProblem().orElse(""),
                                form.urgent,
                                form.denialType));
        urgentError.managedProperty().bind(urgentError.textProperty().isNotEmpty());
        choice(receivedByBox, ReceiptMethod.values(), form.receivedBy);
        choice(denialTypeBox, DenialType.values(), form.denialType);
        choice(levelBox, LevelOfCare.values(), form.levelOfCare);
        choice(criteriaBox, CriteriaSet.values(), form.criteriaSet);
        choice(unitKindBox, UnitKind.values(), form.unitKind);
        checkboxes(reasonPane, form.reasons, r -> "reason-" + r.id());
        checkboxes(subReasonPane, form.subReasons, r -> "subreason-" + r.id());
        BooleanProperty admission = form.reasons.get(DenialReason.ADMISSION_CRITERIA_NOT_MET);
        subReasonPane.disableProperty().bind(admission.not());
        subReasonLabel.disableProperty().bind(admission.not());
        form.receivedBy.addListener((o, a, b) -> phoneNote());
        phoneNote();
    }

    private void phoneNote() {
        boolean phone = form.receivedBy.get() == ReceiptMethod.PHONE;
        phoneNote.setText(phone ? Messages.get("denial.phoneNote") : "");
        phoneNote.setVisible(phone);
        phoneNote.setManaged(phone);
    }

    private static FieldCheck text(
            ValidationSupport vs,
            TextField field,
            StringProperty p,
            Label error,
            Function<String, Optional<String>> rule) {
        field.textProperty().bindBidirectional(p);
        return FieldCheck.install(vs, field, error, rule);
    }

    private static <T extends HasId> void choice(ComboBox<T> box, T[] values, ObjectProperty<T> p) {
        box.getItems().setAll(values);
        EnumCells.install(box);
        box.valueProperty().bindBidirectional(p);
    }

    private static <E extends HasId> void checkboxes(
            FlowPane pane, Map<E, BooleanProperty> props, Function<E, String> id) {
        props.forEach(
                (value, prop) -> {
                    CheckBox box = new CheckBox(Messages.label(value));
                    box.setId(id.apply(value));
                    box.selectedProperty().bindBidirectional(prop);
                    pane.getChildren().add(box);
                });
    }

    @FXML
    private void addDenial() {
        CaseFile c = workspace.caseFile();
        Denial d =
                c.currentDenial()
                        .map(prev -> Denial.blank(DenialType.CONCURRENT, prev.levelOfCare()))
                        .orElse(
                                Denial.blank(
                                        DenialType.PRE_SERVICE, LevelOfCare.IOP_MENTAL_HEALTH));
        workspace.edit(
                x ->
                        x.withDenial(d)
                                .withEvent(
                                        TimelineEvent.denialEntered(
                                                LocalDate.now(workspace.clock()), "by hand")));
        denialList.getSelectionModel().select(denialList.getItems().size() - 1);
        noticeDateField.requestFocus();
    }

    @FXML
    private void removeDenial() {
        Denial d = denialList.getSelectionModel().getSelectedItem();
        if (d == null) {
            return;
        }
        List<Denial> rest = new ArrayList<>(workspace.caseFile().denials());
        rest.removeIf(x -> x.id().equals(d.id()));
        workspace.editUndoably(
                Messages.format("undo.denialRemoved", describe(d).replace('\n', ' ')),
                c -> c.withDenials(rest));
    }

    @FXML
    private void addAuthorization() {
        var first = Dates.parse(authFirstField.getText());
        var last = Dates.parse(authLastField.getText());
        var units = Numbers.wholeNumber(authUnitsField.getText());
        var review = Dates.parse(authReviewField.getText());
        Optional<String> problem = first.error().or(last::error).or(units::error).or(review::error);
        if (problem.isEmpty() && (first.value().isEmpty() || last.value().isEmpty())) {
            problem = Optional.of(Messages.get("auth.needDays"));
        }
        if (problem.isEmpty() && last.value().get().isBefore(first.value().get())) {
            problem =
                    Optional.of(
                            Messages.format(
                                    "auth.lastBeforeFirst",
                                    Dates.show(last.value().get()),
                                    Dates.show(first.value().get())));
        }
        if (problem.isPresent()) {
            showAuthError(problem.get());
            return;
        }
        LocalDate f = first.value().get();
        AuthorizationPeriod p =
                new AuthorizationPeriod(
                        UUID.randomUUID().toString(),
                        f,
                        last.value().get(),
                        units.value(),
                        review.value());
        List<AuthorizationPeriod> all = new ArrayList<>(workspace.caseFile().authorizations());
        all.add(p);
        all.sort(Comparator.comparing(AuthorizationPeriod::firstDay));
        workspace.edit(c -> c.withAuthorizations(all));
        for (TextField t :
                List.of(authFirstField, authLastField, authUnitsField, authReviewField)) {
            t.clear();
        }
        showAuthError("");
    }

    @FXML
    private void removeAuthorization() {
        AuthorizationPeriod p = authTable.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        List<AuthorizationPeriod> rest = new ArrayList<>(workspace.caseFile().authorizations());
        rest.removeIf(x -> x.id().equals(p.id()));
        workspace.editUndoably(
                Messages.format(
                        "undo.authRemoved", Dates.show(p.firstDay()), Dates.show(p.lastDay())),
                c -> c.withAuthorizations(rest));
    }

    private void showAuthError(String message) {
        authError.setText(message);
        authError.setVisible(!message.isEmpty());
        authError.setManaged(!message.isEmpty());
    }
}
