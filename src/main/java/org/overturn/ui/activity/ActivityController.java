package org.overturn.ui.activity;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.overturn.domain.audit.AuditEntry;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.SideWindows;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;

/**
 * Help → Activity: what left the database, when, by which account; Ctrl+C copies the chosen lines.
 */
public final class ActivityController {

    private final ActivityViewModel vm;

    @FXML private Label countLabel;
    @FXML private Label placeholderLabel;
    @FXML private TableView<AuditEntry> activityTable;
    @FXML private TableColumn<AuditEntry, String> whenColumn;
    @FXML private TableColumn<AuditEntry, String> userColumn;
    @FXML private TableColumn<AuditEntry, String> caseColumn;
    @FXML private TableColumn<AuditEntry, String> whatColumn;
    @FXML private TableColumn<AuditEntry, String> shaColumn;
    @FXML private Button copyButton;

    public ActivityController(ActivityViewModel vm) {
        this.vm = vm;
    }

    public ActivityViewModel viewModel() {
        return vm;
    }

    /** Opens the log in its own window beside the app and reads it in the background. */
    public static Stage open(UiServices ctx, Window owner) {
        ViewLoader.View<ActivityController> view =
                ctx.views().load(ActivityController.class, "Activity");
        Stage stage = SideWindows.show(view.root(), Messages.get("activity.title"), owner);
        view.controller().vm.load(ctx.background());
        return stage;
    }

    @FXML
    private void initialize() {
        activityTable.setItems(vm.lines());
        activityTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        whenColumn.setCellValueFactory(c -> text(vm.when(c.getValue())));
        userColumn.setCellValueFactory(c -> text(c.getValue().osUser()));
        caseColumn.setCellValueFactory(c -> text(ActivityViewModel.caseText(c.getValue())));
        whatColumn.setCellValueFactory(c -> text(c.getValue().label()));
        shaColumn.setCellValueFactory(c -> text(ActivityViewModel.sha(c.getValue())));
        shaColumn.setCellFactory(
                col -> {
                    TableCell<AuditEntry, String> cell =
                            new TableCell<>() {
                                @Override
                                protected void updateItem(String item, boolean empty) {
                                    super.updateItem(item, empty);
                                    setText(empty ? null : item);
                                }
                            };
                    cell.setStyle("-fx-font-family: monospace;");
                    return cell;
                });
        countLabel.textProperty().bind(vm.summary());
        placeholderLabel.textProperty().bind(vm.placeholder());
        copyButton
                .disableProperty()
                .bind(activityTable.getSelectionModel().selectedItemProperty().isNull());
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        activityTable.setOnKeyPressed(
                e -> {
                    if (copy.match(e)) {
                        copySelected();
                        e.consume();
                    }
                });
    }

    @FXML
    private void copySelected() {
        var chosen = activityTable.getSelectionModel().getSelectedItems();
        if (chosen.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.asText(chosen));
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void close() {
        Window w = activityTable.getScene() == null ? null : activityTable.getScene().getWindow();
        if (w instanceof Stage s) {
            s.close();
        }
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s);
    }
}
