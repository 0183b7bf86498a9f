package org.overturn.ui.rebuttal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.rebuttal.RebuttalArgument;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.scoring.Instrument;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Rebuttal: binds the rationale, and builds the statement cards and the matrix rows from the view
 * model.
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
                    .setAll(c.statements().stream().map(this::statementCard).toList());
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
            rowsBox.getChildren().setAll(c.rebuttal().stream().map(this::rowCard).toList());
        }
        for (RebuttalRow r : c.rebuttal()) {
            TextArea a = answers.get(r.id());
            if (a != null && !a.getText().stripTrailing().equals(r.answer())) {
                a.setText(r.answer());
            }
        }
        Nodes.show(matrixEmpty, c.rebuttal().isEmpty());
    }

    // ---- a statement
    // ---------------------------------------------------------------------------------------

    private VBox statementCard(StatementMapping m) {
        String id = m.statement().id();
        Label number = Nodes.label(id, "statement-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label text = Nodes.label(m.statement().text(), "quote");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox head = new HBox(10, number, text);

        GridPane g = Nodes.grid();
        int row = 0;
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("rebuttal.recognised"),
                        Nodes.chips(
                                vm.recognisedWords(m), Messages.get("rebuttal.recognised.none")));
        ComboBox<DenialReason> reason = new ComboBox<>();
        reason.getItems().setAll(DenialReason.values());
        EnumCells.install(reason);
        reason.setValue(m.reason());
        reason.setId("reason-" + id);
        ComboBox<AdmissionSubReason> sub = new ComboBox<>();
        sub.getItems().add(null);
        sub.getItems().addAll(AdmissionSubReason.values());
        sub.setConverter(EnumCells.converter(sub));
        sub.setPromptText(Messages.get("rebuttal.subReason.prompt"));
        sub.setValue(m.subReason().orElse(null));
        Nodes.show(sub, m.reason() == DenialReason.ADMISSION_CRITERIA_NOT_MET);
        reason.setOnAction(
                e -> vm.setReason(id, reason.getValue(), Optional.ofNullable(sub.getValue())));
        sub.setOnAction(
                e -> vm.setReason(id, reason.getValue(), Optional.ofNullable(sub.getValue())));
        // The two choices wrap one under the other rather than cut their text in a narrow window.
        reason.setMinWidth(Region.USE_PREF_SIZE);
        sub.setMinWidth(Region.USE_PREF_SIZE);
        row = Nodes.row(g, row, Messages.get("rebuttal.reason"), new FlowPane(8, 8, reason, sub));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("rebuttal.dimensions"),
                        withMenu(
                                Nodes.chips(
                                        m.dimensionIds().stream().map(vm.scored()::name).toList(),
                                        Messages.get("rebuttal.dimensions.none")),
                                dimensionMenu(
                                        "dims-" + id,
                                        m.dimensionIds(),
                                        (d, on) -> vm.setDimension(id, d, on))));
        MenuButton args = new MenuButton(Messages.get("rebuttal.change"));
        args.setId("args-" + id);
        for (RebuttalArgument a : vm.catalogue().arguments()) {
            CheckMenuItem item = new CheckMenuItem(a.title());
            item.setSelected(m.argumentIds().contains(a.id()));
            item.setOnAction(e -> vm.setArgument(id, a.id(), item.isSelected()));
            args.getItems().add(item);
        }
        Nodes.row(
                g,
                row,
                Messages.get("rebuttal.arguments"),
                withMenu(
                        Nodes.chips(
                                m.argumentIds().stream().map(vm::argumentTitle).toList(),
                                Messages.get("rebuttal.arguments.none")),
                        args));

        Label status =
                Nodes.label(
                        Messages.get(m.confirmed() ? "rebuttal.confirmed" : "rebuttal.proposed"),
                        m.confirmed() ? "status-ok" : "status-proposed");
        Button confirm = new Button(Messages.get("rebuttal.confirm"), new FontIcon("mdi2c-check"));
        confirm.setId("confirm-" + id);
        // Repeated on every statement: reached with Tab, not with a mnemonic that would press only
        // the first.
        confirm.setMnemonicParsing(false);
        confirm.setDisable(m.confirmed());
        confirm.setOnAction(e -> vm.confirm(id));
        Button answer =
                new Button(
                        Messages.get("rebuttal.answerInMatrix"),
                        new FontIcon("mdi2t-table-row-plus-after"));
        answer.setId("addRow-" + id);
        answer.setMnemonicParsing(false);
        answer.setDisable(vm.hasRowFor(id));
        answer.setOnAction(e -> vm.addRowFor(id));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, status, gap, confirm, answer);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, head, g, actions);
        card.getStyleClass().add("inner-card");
        return card;
    }

    private interface Toggle {
        void set(String dimensionId, boolean on);
    }

    /** A menu of the case's instruments' dimensions (and any already chosen), each a tick. */
    private MenuButton dimensionMenu(String id, List<String> chosen, Toggle toggle) {
        MenuButton menu = new MenuButton(Messages.get("rebuttal.change"));
        menu.setId(id);
        Set<Instrument> instruments = new LinkedHashSet<>(vm.instruments());
        chosen.forEach(d -> instruments.add(ScoredDimensions.instrumentOf(d)));
        for (Instrument i : instruments) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            for (String d : i.dimensionIds()) {
                CheckMenuItem item = new CheckMenuItem(vm.scored().name(d));
                item.setId(id + "-" + d);
                item.setSelected(chosen.contains(d));
                item.setOnAction(e -> toggle.set(d, item.isSelected()));
                menu.getItems().add(item);
            }
        }
        return menu;
    }

    private static HBox withMenu(Node chips, MenuButton menu) {
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox box = new HBox(10, chips, menu);
        box.setAlignment(Pos.TOP_LEFT);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    // ---- a matrix row
    // --------------------------------------------------------------------------------------

    private VBox rowCard(RebuttalRow r) {
        Label criterion = Nodes.label(r.criterion(), "row-criterion");
        criterion.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(criterion, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon("mdi2d-delete-outline"));
        remove.setId("removeRow-" + r.id());
        remove.getStyleClass().add("flat");
        remove.setTooltip(new Tooltip(Messages.get("rebuttal.removeRow")));
        remove.setOnAction(e -> vm.removeRow(r.id()));
        HBox head = new HBox(10, criterion, remove);
        head.setAlignment(Pos.TOP_LEFT);

        GridPane g = Nodes.grid();
        int row = 0;
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("rebuttal.dimensions"),
                        withMenu(
                                Nodes.chips(
                                        r.dimensionIds().stream().map(vm.scored()::name).toList(),
                                        Messages.get("rebuttal.row.chooseDimensions")),
                                dimensionMenu(
                                        "rowDims-" + r.id(),
                                        r.dimensionIds(),
                                        (d, on) -> vm.setRowDimension(r.id(), d, on))));
        row = Nodes.row(g, row, Messages.get("rebuttal.row.ratings"), ratings(r));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("rebuttal.row.implies"),
                        r.reviewerPosition().isEmpty()
                                ? Nodes.label(
                                        Messages.get("rebuttal.row.impliesNone"), "text-muted")
                                : Nodes.label(r.reviewerPosition()));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("rebuttal.row.gap"),
                        r.gap().isEmpty()
                                ? Nodes.label(Messages.get("rebuttal.row.gapNone"), "text-muted")
                                : Nodes.label(r.gap()));
        TextArea answer = new TextArea(r.answer());
        answer.setId("answer-" + r.id());
        answer.setWrapText(true);
        answer.setPrefRowCount(Math.min(10, Math.max(4, r.answer().length() / 100 + 2)));
        answer.setPromptText(Messages.get("rebuttal.row.answer.prompt"));
        answer.textProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!b.stripTrailing()
                                    .equals(
                                            vm.row(r.id())
                                                    .map(RebuttalRow::answer)
                                                    .orElse(b.stripTrailing()))) {
                                vm.setAnswer(r.id(), b);
                            }
                        });
        answers.put(r.id(), answer);
        row = Nodes.row(g, row, Messages.get("rebuttal.row.answer"), answer);
        Button use =
                new Button(
                        Messages.get("rebuttal.row.useSuggestion"),
                        new FontIcon("mdi2c-content-copy"));
        use.setId("useSuggestion-" + r.id());
        use.setMnemonicParsing(false);
        Nodes.show(use, !r.suggestion().isEmpty());
        use.setOnAction(e -> vm.useSuggestion(r.id()));
        Label suggestion =
                r.suggestion().isEmpty()
                        ? Nodes.label(Messages.get("rebuttal.row.noSuggestion"), "text-muted")
                        : Nodes.label(r.suggestion(), "suggestion");
        suggestion.setMaxWidth(Double.MAX_VALUE);
        VBox suggested = new VBox(6, suggestion, use);
        Nodes.row(g, row, Messages.get("rebuttal.row.suggestion"), suggested);

        VBox card = new VBox(10, head, g);
        card.getStyleClass().add("inner-card");
        card.setId("row-" + r.id());
        return card;
    }

    private VBox ratings(RebuttalRow r) {
        VBox box = new VBox(4);
        if (r.dimensionIds().isEmpty()) {
            box.getChildren()
                    .add(Nodes.label(Messages.get("rebuttal.row.noDimensions"), "text-muted"));
        }
        for (ScoredDimensions.Linked l : vm.linked(r)) {
            String text;
            String style;
            if (l.evidence().isPresent()) {
                var e = l.evidence().get();
                String when = e.evidenceDate().map(Dates::show).orElse("");
                text =
                        Messages.format(
                                "rebuttal.row.rated",
                                l.name(),
                                e.rating(),
                                e.scaleMax(),
                                when,
                                e.evidenceNote().isEmpty()
                                        ? Messages.get("rebuttal.row.noEvidence")
                                        : e.evidenceNote());
                style = "linked-rating";
            } else if (l.assessment().isPresent()) {
                text =
                        Messages.format(
                                "rebuttal.row.notInLatest",
                                l.name(),
                                Dates.show(l.assessment().get().date()));
                style = "text-muted";
            } else {
                text = Messages.format("rebuttal.row.notScored", l.name());
                style = "text-muted";
            }
            box.getChildren().add(Nodes.label(text, style));
        }
        return box;
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
