package org.overturn.ui.workspace;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;

/** The case at a glance, and its status; a status change is recorded on the timeline. */
public final class OverviewController {

    private final WorkspaceViewModel workspace;
    private boolean loading;

    @FXML private GridPane factsGrid;
    @FXML private ComboBox<CaseStatus> statusBox;
    @FXML private Label denialSummary;
    @FXML private Label rationale;
    @FXML private javafx.scene.layout.VBox levelBox;

    public OverviewController(WorkspaceViewModel workspace) {
        this.workspace = workspace;
    }

    @FXML
    private void initialize() {
        statusBox.getItems().setAll(CaseStatus.values());
        EnumCells.install(statusBox);
        statusBox.valueProperty().addListener((o, before, now) -> {
            if (!loading && now != null && before != null && now != before) {
                changeStatus(before, now);
            }
        });
        workspace.caseFileProperty().addListener((o, a, c) -> show(c));
        show(workspace.caseFile());
    }

    private void changeStatus(CaseStatus from, CaseStatus to) {
        LocalDate today = LocalDate.now(workspace.context().clock());
        TimelineEvent e = TimelineEvent.of(today, EventKind.STATUS,
                Messages.format("timeline.statusChanged", Messages.label(from), Messages.label(to)), "");
        workspace.editUndoably(Messages.format("undo.status", Messages.label(from)), c -> c.withStatus(to).withEvent(e));
    }

    private void show(CaseFile c) {
        loading = true;
        try {
            statusBox.setValue(c.status());
        } finally {
            loading = false;
        }
        factsGrid.getChildren().clear();
        int row = 0;
        row = fact(row, "field.patientName", c.patient().name());
        row = fact(row, "field.dateOfBirth", Dates.show(c.patient().dateOfBirth()));
        row = fact(row, "field.memberId", c.patient().memberId());
        row = fact(row, "field.payer", workspace.payer().map(p -> p.name()).orElse(""));
        row = fact(row, "field.planType", c.plan().planType().map(Messages::label).orElse(""));
        fact(row, "overview.denials", String.valueOf(c.denials().size()));
        denialSummary.setText(c.currentDenial().map(OverviewController::summary).orElse(Messages.get("overview.noDenial")));
        String why = c.currentDenial().map(Denial::rationale).orElse("");
        rationale.setText(why);
        rationale.setVisible(!why.isEmpty());
        rationale.setManaged(!why.isEmpty());
        showLevel(c);
    }

    /** The latest assessment of each instrument: the level the ratings give and, beside it, any override. */
    private void showLevel(CaseFile c) {
        levelBox.getChildren().clear();
        var latest = org.overturn.ui.scoring.LevelSummary.latestPerInstrument(c);
        if (latest.isEmpty()) {
            Label none = new Label(Messages.get("overview.level.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            levelBox.getChildren().add(none);
        }
        for (var a : latest) {
            Label line = new Label(org.overturn.ui.scoring.LevelSummary.headline(a));
            line.setWrapText(true);
            levelBox.getChildren().add(line);
            a.overrideLevel().ifPresent(code -> {
                Label o = new Label(Messages.format("overview.level.override", a.instrument().levelName(code),
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
        sb.append(Messages.label(d.denialType())).append(", ").append(Messages.label(d.levelOfCare()));
        if (d.urgent()) {
            sb.append(", ").append(Messages.get("denial.urgentShort"));
        }
        d.noticeDate().ifPresent(n -> sb.append(". ").append(Messages.format("overview.noticeDated", Dates.show(n))));
        d.receivedAt().ifPresent(r -> sb.append(" ").append(Messages.format("overview.received", Dates.showDateTime(r))));
        if (d.unitsDenied().isPresent()) {
            sb.append(" ").append(Messages.format("overview.unitsDenied", Numbers.show(d.unitsDenied()),
                    Messages.label(d.unitKind()).toLowerCase(java.util.Locale.ROOT)));
        }
        if (!d.primaryNumber().isEmpty()) {
            sb.append(" ").append(Messages.format("overview.number", d.primaryNumber()));
        }
        return sb.toString();
    }
}
