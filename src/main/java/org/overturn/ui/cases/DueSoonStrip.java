package org.overturn.ui.cases;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.overturn.domain.deadlines.Urgency;
import org.overturn.ui.common.Messages;

/**
 * The strip above the Cases table: each case overdue or due within seven days, overdue first, one
 * click to open.
 */
final class DueSoonStrip {

    private final HBox strip;
    private final Label title;
    private final FlowPane chips;
    private final CasesViewModel vm;
    private final Consumer<Long> opener;

    /** Shows the strip now and again whenever the cases due soon change. */
    static void install(
            HBox strip, Label title, FlowPane chips, CasesViewModel vm, Consumer<Long> opener) {
        DueSoonStrip s = new DueSoonStrip(strip, title, chips, vm, opener);
        vm.dueSoon().addListener((ListChangeListener<CaseRow>) ch -> s.show());
        vm.dueSoonCountProperty().addListener((o, a, b) -> s.show());
        s.show();
    }

    private DueSoonStrip(
            HBox strip, Label title, FlowPane chips, CasesViewModel vm, Consumer<Long> opener) {
        this.strip = strip;
        this.title = title;
        this.chips = chips;
        this.vm = vm;
        this.opener = opener;
    }

    private void show() {
        int total = vm.dueSoonCountProperty().get();
        strip.setVisible(total > 0);
        strip.setManaged(total > 0);
        title.setText(
                Messages.format(
                        "cases.dueSoon.title",
                        vm.overdueCountProperty().get(),
                        total - vm.overdueCountProperty().get()));
        chips.getChildren().clear();
        for (CaseRow r : vm.dueSoon()) {
            chips.getChildren().add(chip(r));
        }
        int more = total - vm.dueSoon().size();
        if (more > 0) {
            Label l = new Label(Messages.format("cases.dueSoon.more", more));
            l.getStyleClass().add("text-muted");
            chips.getChildren().add(l);
        }
    }

    private Button chip(CaseRow r) {
        Button chip =
                new Button(
                        Messages.format(
                                "cases.dueSoon.chip",
                                r.patient(),
                                r.nextDeadline().map(n -> n.label()).orElse(""),
                                r.timeLeft()));
        chip.getStyleClass()
                .addAll(
                        "due-chip",
                        r.urgency() == Urgency.OVERDUE ? "due-chip-overdue" : "due-chip-soon");
        chip.setTooltip(
                new Tooltip(Messages.format("cases.dueSoon.tooltip", r.id(), r.deadlineText())));
        chip.setOnAction(e -> opener.accept(r.id()));
        chip.setFocusTraversable(false);
        return chip;
    }
}
