package org.overturn.ui.workspace;

import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.ui.clock.ClockController;
import org.overturn.ui.clock.DisclosureController;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;
import org.overturn.ui.common.ViewLoader;
import org.overturn.ui.opencase.ClinicalRiskFlags;
import org.overturn.ui.opencase.LevelSummary;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The case at a glance: the case clock with the status workflow and the clock's dates (package
 * {@code ui.clock}), the case and its current denial, and the requests to the plan, which run on
 * the same clock.
 */
public final class OverviewController {

    private final WorkspaceViewModel workspace;
    private ViewLoader.View<ClockController> clock;
    private ViewLoader.View<DisclosureController> disclosure;

    @FXML private StackPane clockHost;
    @FXML private StackPane disclosureHost;
    @FXML private GridPane factsGrid;
    @FXML private Label denialSummary;
    @FXML private Label rationale;
    @FXML private VBox riskFlagBox;
    @FXML private VBox levelBox;

    private final ViewLoader views;

    public OverviewController(WorkspaceViewModel workspace, ViewLoader views) {
        this.workspace = workspace;
        this.views = views;
    }

    @FXML
    private void initialize() {
        clock = views.load(ClockController.class, "ClockCard", workspace);
        clockHost.getChildren().setAll(clock.root());
        disclosure = views.load(DisclosureController.class, "DisclosureCard", workspace);
        disclosureHost.getChildren().setAll(disclosure.root());
        workspace.caseFileProperty().addListener((o, a, c) -> show(c));
        show(workspace.caseFile());
    }

    /** The clock card's controller (for tests). */
    public ClockController clock() {
        return clock.controller();
    }

    public DisclosureController disclosure() {
        return disclosure.controller();
    }

    private void show(CaseFile c) {
        factsGrid.getChildren().clear();
        int row = 0;
        row = fact(row, "field.patientName", c.patient().name());
        row = fact(row, "field.dateOfBirth", Dates.show(c.patient().dateOfBirth()));
        row = fact(row, "field.memberId", c.patient().memberId());
        row = fact(row, "field.payer", workspace.payer().map(p -> p.name()).orElse(""));
        row = fact(row, "field.planType", c.plan().planType().map(Messages::label).orElse(""));
        fact(row, "overview.denials", String.valueOf(c.denials().size()));
        denialSummary.setText(
                c.currentDenial()
                        .map(OverviewController::summary)
                        .orElse(Messages.get("overview.noDenial")));
        String why = c.currentDenial().map(Denial::rationale).orElse("");
        rationale.setText(why);
        rationale.setVisible(!why.isEmpty());
        rationale.setManaged(!why.isEmpty());
        List<String> flags = ClinicalRiskFlags.of(c);
        riskFlagBox
                .getChildren()
                .setAll(
                        flags.stream()
                                .map(
                                        f -> {
                                            Label l =
                                                    new Label(
                                                            f, new FontIcon("mdi2a-alert-outline"));
                                            l.setWrapText(true);
                                            l.getStyleClass().add("alert-text");
                                            return l;
                                        })
                                .toList());
        riskFlagBox.setVisible(!flags.isEmpty());
        riskFlagBox.setManaged(!flags.isEmpty());
        showLevel(c);
    }

    /**
     * The latest assessment of each instrument: the level the ratings give and, beside it, any
     * override.
     */
    private void showLevel(CaseFile c) {
        levelBox.getChildren().clear();
        var latest = LevelSummary.latestPerInstrument(c);
        if (latest.isEmpty()) {
            Label none = new Label(Messages.get("overview.level.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            levelBox.getChildren().add(none);
        }
        for (var a : latest) {
            Label line = new Label(LevelSummary.headline(a));
            line.setWrapText(true);
            levelBox.getChildren().add(line);
            a.overrideLevel()
                    .ifPresent(
                            code -> {
                                Label o =
                                        new Label(
                                                Messages.format(
                                                        "overview.level.override",
                                                        a.instrument().levelName(code),
                                                        a.varianceReason()));
                                o.setWrapText(true);
                                o.getStyleClass().add("override-line");
                                levelBox.getChildren().add(o);
                            });
        }
    }

    private int fact(int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("text-muted");
        Label v = new Label(value.isEmpty() ? Messages.get("field.notSet") : value);
        v.setWrapText(true);
        factsGrid.addRow(row, k, v);
        return row + 1;
    }

    static String summary(Denial d) {
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.label(d.denialType()))
                .append(", ")
                .append(Messages.label(d.levelOfCare()));
        if (d.urgent()) {
            sb.append(", ").append(Messages.get("denial.urgentShort"));
        }
        d.noticeDate()
                .ifPresent(
                        n ->
                                sb.append(". ")
                                        .append(
                                                Messages.format(
                                                        "overview.noticeDated", Dates.show(n))));
        d.receivedAt()
                .ifPresent(
                        r ->
                                sb.append(" ")
                                        .append(
                                                Messages.format(
                                                        "overview.received",
                                                        Dates.showDateTime(r))));
        if (d.unitsDenied().isPresent()) {
            sb.append(" ")
                    .append(
                            Messages.format(
                                    "overview.unitsDenied",
                                    Numbers.show(d.unitsDenied()),
                                    Messages.label(d.unitKind()).toLowerCase(Locale.ROOT)));
        }
        if (!d.primaryNumber().isEmpty()) {
            sb.append(" ").append(Messages.format("overview.number", d.primaryNumber()));
        }
        return sb.toString();
    }
}
