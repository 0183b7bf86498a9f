package org.overturn.ui.p2p;

import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.overturn.domain.p2p.PrepSheet;
import org.overturn.export.p2p.SheetPrinting;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;
import org.overturn.ui.opencase.WorkspaceViewModel;

/** The Peer-to-peer section: the prep sheet on screen and the way into call mode. */
public final class PeerToPeerController {

    private final UiServices services;
    private final PeerToPeerViewModel vm;
    private Stage callWindow;
    private CallModeController callMode;

    @FXML private VBox sheetBox;
    @FXML private StackPane callLogHost;
    private CallLogController callLog;
    @FXML private Button callModeButton;
    @FXML private Button exportPdfButton;
    @FXML private Button printButton;
    @FXML private Label sheetStatus;
    private final SheetExport sheetExport;

    public PeerToPeerController(UiServices services, WorkspaceViewModel workspace) {
        this.services = services;
        this.vm = new PeerToPeerViewModel(workspace, services.core().reference());
        this.sheetExport = new SheetExport(services, workspace, SheetPrinting.system());
    }

    public SheetExport sheetExport() {
        return sheetExport;
    }

    public PeerToPeerViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        vm.sheetProperty().addListener((o, a, s) -> show(s));
        show(vm.sheet());
        ViewLoader.View<CallLogController> log =
                services.views()
                        .load(
                                CallLogController.class,
                                "CallLogPane",
                                new CallLogViewModel(vm.workspace()));
        callLog = log.controller();
        callLogHost.getChildren().setAll(log.root());
        exportPdfButton.disableProperty().bind(sheetExport.busyProperty());
        printButton.disableProperty().bind(sheetExport.busyProperty());
        sheetStatus.textProperty().bind(sheetExport.statusProperty());
        sheetExport
                .failedProperty()
                .addListener(
                        (o, a, f) ->
                                sheetStatus.pseudoClassStateChanged(
                                        PseudoClass.getPseudoClass("error"), f));
    }

    public CallLogController callLog() {
        return callLog;
    }

    @FXML
    void exportPdf() {
        sheetExport.chooseAndExport(
                sheetBox.getScene() == null ? null : sheetBox.getScene().getWindow());
    }

    @FXML
    void printSheet() {
        sheetExport.print();
    }

    private void show(PrepSheet s) {
        sheetBox.getChildren().clear();
        heading("p2p.ask");
        text(s.ask(), "sheet-ask");
        heading("p2p.summary");
        text(s.summary(), null);
        heading("p2p.dimensions");
        points(s.dimensions(), "p2p.none.dimensions");
        heading("p2p.lowerLevels");
        points(s.lowerLevels(), "p2p.none.lowerLevels");
        heading("p2p.risk");
        text(s.riskIfStops(), null);
        heading("p2p.objections");
        if (s.objections().isEmpty()) {
            muted("p2p.none.objections");
        }
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        int row = 0;
        for (PrepSheet.Objection o : s.objections()) {
            Label claim = wrapped("“" + o.claim() + "”");
            claim.getStyleClass().add("sheet-claim");
            VBox said = new VBox(2, claim);
            if (!o.alsoSaid().isEmpty()) {
                // The notice makes this claim again in other words: one objection, and how often it
                // is made.
                Label again = wrapped(Messages.format("p2p.alsoSaid", o.alsoSaid().size()));
                again.getStyleClass().add("text-muted");
                again.setTooltip(
                        new Tooltip(
                                String.join(
                                        "\n",
                                        o.alsoSaid().stream().map(q -> "“" + q + "”").toList())));
                said.getChildren().add(again);
            }
            Label answer = wrapped("→ " + o.answer());
            grid.addRow(row++, said, answer);
        }
        grid.getColumnConstraints().setAll(column(45), column(55));
        sheetBox.getChildren().add(grid);
        heading("p2p.questions");
        s.questions().forEach(q -> sheetBox.getChildren().add(wrapped("• " + q)));
        heading("p2p.law");
        points(s.lawPoints(), "p2p.none.law");
        heading("p2p.deadlines");
        points(s.deadlines(), "p2p.none.deadlines");
        Label reminder = wrapped(s.deadlineReminder());
        reminder.getStyleClass().add("danger-text");
        sheetBox.getChildren().add(reminder);
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        return c;
    }

    private void heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("sheet-heading");
        sheetBox.getChildren().add(l);
    }

    private void text(String t, String style) {
        Label l = wrapped(t);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        sheetBox.getChildren().add(l);
    }

    private void muted(String key) {
        Label l = wrapped(Messages.get(key));
        l.getStyleClass().add("text-muted");
        sheetBox.getChildren().add(l);
    }

    private void points(List<PrepSheet.Point> points, String noneKey) {
        if (points.isEmpty()) {
            muted(noneKey);
            return;
        }
        for (PrepSheet.Point p : points) {
            String cite =
                    p.citationId()
                            .flatMap(id -> services.core().reference().citations().find(id))
                            .map(c -> " [" + c.shortTitle() + "]")
                            .orElse("");
            sheetBox.getChildren()
                    .add(
                            wrapped(
                                    "• "
                                            + p.label()
                                            + (p.label().isEmpty() ? "" : ": ")
                                            + p.text()
                                            + cite));
        }
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    @FXML
    void openCallMode() {
        if (callWindow != null && callWindow.isShowing()) {
            callWindow.toFront();
            return;
        }
        CallModeViewModel callVm = new CallModeViewModel(vm.sheet());
        ViewLoader.View<CallModeController> view =
                services.views().load(CallModeController.class, "CallMode", callVm);
        callMode = view.controller();
        callWindow = new Stage();
        callWindow.initModality(Modality.NONE);
        Node owner = sheetBox;
        if (owner.getScene() != null) {
            callWindow.initOwner(owner.getScene().getWindow());
        }
        callWindow.setTitle(
                Messages.format("callMode.title", vm.workspace().caseFile().patient().name()));
        Scene scene = new Scene(view.root(), 1100, 760);
        scene.getStylesheets()
                .add(
                        Objects.requireNonNull(
                                        getClass().getResource("/org/overturn/ui/css/overturn.css"))
                                .toExternalForm());
        callWindow.setScene(scene);
        view.controller().setOnClose(callWindow::close);
        view.controller().setOnLog(points -> callLog.takePointsMade(points));
        callWindow.setOnHidden(e -> view.controller().close());
        callWindow.show();
    }

    /** The open call-mode window, for tests. */
    public Stage callWindow() {
        return callWindow;
    }

    public CallModeController callMode() {
        return callMode;
    }
}
