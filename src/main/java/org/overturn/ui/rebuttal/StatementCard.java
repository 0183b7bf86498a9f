package org.overturn.ui.rebuttal;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.rebuttal.RebuttalArgument;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * The card of one reviewer statement: its text, the words recognised in it, its reason, dimensions
 * and arguments (each changeable), and the buttons that confirm it and answer it in the matrix.
 * Each change goes to the view model.
 */
final class StatementCard {

    private StatementCard() {}

    static VBox of(RebuttalViewModel vm, StatementMapping m) {
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
        row = Nodes.row(g, row, Messages.get("rebuttal.reason"), reason(vm, m));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("rebuttal.dimensions"),
                        DimensionMenu.beside(
                                Nodes.chips(
                                        m.dimensionIds().stream().map(vm.scored()::name).toList(),
                                        Messages.get("rebuttal.dimensions.none")),
                                DimensionMenu.of(
                                        vm,
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
                DimensionMenu.beside(
                        Nodes.chips(
                                m.argumentIds().stream().map(vm::argumentTitle).toList(),
                                Messages.get("rebuttal.arguments.none")),
                        args));

        VBox card = new VBox(10, head, g, actions(vm, m));
        card.getStyleClass().add("inner-card");
        return card;
    }

    /** The reason, and the admission sub-reason shown only for an admission reason. */
    private static FlowPane reason(RebuttalViewModel vm, StatementMapping m) {
        String id = m.statement().id();
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
        return new FlowPane(8, 8, reason, sub);
    }

    /** The statement's status, and the buttons that confirm it and answer it in the matrix. */
    private static HBox actions(RebuttalViewModel vm, StatementMapping m) {
        String id = m.statement().id();
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
        return actions;
    }
}
