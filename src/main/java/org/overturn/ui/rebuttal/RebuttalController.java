package org.overturn.ui.rebuttal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Rebuttal: binds the rationale, and shows the statement cards ({@link StatementCard}) and the
 * matrix rows ({@link RebuttalRowCard}) the view model holds.
 */
public final class RebuttalController {

    private final RebuttalViewModel vm;
    private final Map<String, TextArea> answers = new HashMap<>();
    private List<StatementMapping> shownStatements;
    private Object shownRowsKey;

    @FXML private Label noDenialLabel;
    @FXML private TextArea rationaleArea;
    @FXML private Button analyseButton;
    @FXML private Button confirmAllButton;
    @FXML private Label statementsEmpty;
    @FXML private VBox statementsBox;
    @FXML private Button addFromStatementsButton;
    @FXML private Button redraftButton;
    @FXML private Label scoringNote;
    @FXML private TextField newCriterionField;
    @FXML private Button addRowButton;
    @FXML private Label matrixEmpty;
    @FXML private VBox rowsBox;

    public RebuttalController(WorkspaceViewModel workspace, ReferenceData reference) {
        this.vm = new RebuttalViewModel(workspace, reference);
    }

    public RebuttalViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        rationaleArea.textProperty().bindBidirectional(vm.rationale);
        newCriterionField.textProperty().bindBidirectional(vm.newCriterion);
        newCriterionField.setOnAction(e -> addTypedRow());
        addRowButton.disableProperty().bind(vm.newCriterion.isEmpty());
        analyseButton.disableProperty().bind(vm.rationale.isEmpty());
        vm.workspace().caseFileProperty().addListener((o, a, c) -> refresh(c));
        refresh(vm.caseFile());
    }

    private void refresh(CaseFile c) {
        boolean denial = c.currentDenial().isPresent();
        Nodes.show(noDenialLabel, !denial);
        rationaleArea.setDisable(!denial);
        if (!Objects.equals(shownStatements, c.statements())) {
            shownStatements = c.statements();
            statementsBox
                    .getChildren()
                    .setAll(c.statements().stream().map(m -> StatementCard.of(vm, m)).toList());
        }
        Nodes.show(statementsEmpty, c.statements().isEmpty());
        confirmAllButton.setDisable(c.statements().stream().allMatch(StatementMapping::confirmed));
        addFromStatementsButton.setDisable(
                c.statements().stream()
                        .noneMatch(
                                m ->
                                        m.confirmed()
                                                && !m.dimensionIds().isEmpty()
                                                && !vm.hasRowFor(m.statement().id())));
        redraftButton.setDisable(c.rebuttal().isEmpty());
        Nodes.show(scoringNote, vm.nothingScored());
        // Rows are rebuilt only when something other than an answer changed, so typing keeps its
        // caret.
        Object key =
                List.of(
                        c.rebuttal().stream().map(r -> r.withAnswer("")).toList(),
                        c.assessments(),
                        c.statements());
        if (!key.equals(shownRowsKey)) {
            shownRowsKey = key;
            answers.clear();
            List<VBox> cards = new ArrayList<>();
            for (RebuttalRow r : c.rebuttal()) {
                RebuttalRowCard card = new RebuttalRowCard(vm, r);
                answers.put(r.id(), card.answer());
                cards.add(card.node());
            }
            rowsBox.getChildren().setAll(cards);
        }
        for (RebuttalRow r : c.rebuttal()) {
            TextArea a = answers.get(r.id());
            if (a != null && !a.getText().stripTrailing().equals(r.answer())) {
                a.setText(r.answer());
            }
        }
        Nodes.show(matrixEmpty, c.rebuttal().isEmpty());
    }

    // ---- actions
    // -------------------------------------------------------------------------------------------

    @FXML
    private void analyse() {
        vm.analyse();
    }

    @FXML
    private void confirmAll() {
        vm.confirmAll();
    }

    @FXML
    private void addFromStatements() {
        vm.addRowsFromConfirmed();
    }

    @FXML
    private void redraft() {
        vm.redraftAll();
    }

    @FXML
    private void addTypedRow() {
        vm.addTypedRow();
    }

    /** For tests: the answer areas shown, by row id. */
    List<String> shownRowIds() {
        return new ArrayList<>(answers.keySet());
    }
}
