package org.overturn.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.overturn.core.StoreLocation;
import org.overturn.ui.common.Messages;

/**
 * Settings → Case store (issue 18): this computer's database, or a program's shared store on
 * PostgreSQL, with its TLS options. What is typed is checked as it is typed; no password is asked
 * or kept here (it is asked when the store opens).
 */
public final class CaseStoreDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final RadioButton local = new RadioButton(Messages.get("caseStore.local"));
    private final RadioButton shared = new RadioButton(Messages.get("caseStore.shared"));
    private final TextField address = new TextField();
    private final TextField caFile = new TextField();
    private final CheckBox allowLocalPlain = new CheckBox(Messages.get("caseStore.allowLocal"));
    private final Label problem = new Label();
    private final ButtonType open;

    public CaseStoreDialog(Window owner, StoreLocation current) {
        dialog.setTitle(Messages.get("caseStore.title"));
        dialog.setHeaderText(Messages.get("caseStore.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("caseStoreDialog");
        open = new ButtonType(Messages.get("caseStore.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);

        ToggleGroup which = new ToggleGroup();
        local.setToggleGroup(which);
        shared.setToggleGroup(which);
        local.setId("storeLocal");
        shared.setId("storeShared");
        address.setId("storeAddress");
        address.setPromptText("postgresql://server.example.org/overturn");
        address.setPrefColumnCount(34);
        caFile.setId("storeCaFile");
        caFile.setPromptText(Messages.get("caseStore.caFile.prompt"));
        allowLocalPlain.setId("storeAllowLocal");
        problem.setId("storeProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(600);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setStyle("-fx-text-fill: #b42318;");
        allowLocalPlain.setWrapText(true);
        allowLocalPlain.setMaxWidth(480);
        allowLocalPlain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-error");

        if (current instanceof StoreLocation.Shared s) {
            shared.setSelected(true);
            address.setText(s.toString());
            caFile.setText(s.caFile().map(Path::toString).orElse(""));
            allowLocalPlain.setSelected(s.allowLocalPlain());
        } else {
            local.setSelected(true);
        }

        Label addressLabel = new Label(Messages.get("caseStore.address"));
        addressLabel.setLabelFor(address);
        Label caLabel = new Label(Messages.get("caseStore.caFile"));
        caLabel.setLabelFor(caFile);
        Button browse = new Button(Messages.get("caseStore.browse"));
        browse.setOnAction(e -> chooseCaFile());
        HBox caRow = new HBox(8, caFile, browse);
        HBox.setHgrow(caFile, Priority.ALWAYS);
        Label note = new Label(Messages.get("caseStore.note"));
        note.setWrapText(true);
        note.setMaxWidth(600);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        addressLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        caLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(local, 0, 0, 2, 1);
        grid.add(shared, 0, 1, 2, 1);
        grid.addRow(2, addressLabel, address);
        grid.addRow(3, caLabel, caRow);
        grid.add(allowLocalPlain, 1, 4);
        grid.add(problem, 0, 5, 2, 1);
        grid.add(note, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMinWidth(680);
        dialog.setResizable(true);

        for (var n :
                new javafx.scene.Node[] {addressLabel, address, caLabel, caRow, allowLocalPlain}) {
            n.disableProperty().bind(local.selectedProperty());
        }
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () -> chosen().isEmpty(),
                                local.selectedProperty(),
                                address.textProperty(),
                                caFile.textProperty(),
                                allowLocalPlain.selectedProperty()));
        problem.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                this::problemText,
                                local.selectedProperty(),
                                address.textProperty(),
                                caFile.textProperty(),
                                allowLocalPlain.selectedProperty()));
    }

    /** The store the form names, or empty while it names none. */
    Optional<StoreLocation> chosen() {
        try {
            return Optional.of(parse());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private StoreLocation parse() {
        if (local.isSelected()) {
            return StoreLocation.local();
        }
        if (address.getText().isBlank()) {
            throw new IllegalArgumentException(Messages.get("caseStore.needAddress"));
        }
        String ca = caFile.getText().strip();
        if (!ca.isEmpty() && !new File(ca).canRead()) {
            throw new IllegalArgumentException(Messages.format("caseStore.caUnreadable", ca));
        }
        return StoreLocation.parse(
                address.getText(),
                allowLocalPlain.isSelected(),
                ca.isEmpty() ? Optional.empty() : Optional.of(Path.of(ca)));
    }

    private String problemText() {
        if (local.isSelected() || address.getText().isBlank()) {
            return "";
        }
        try {
            parse();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void chooseCaFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("caseStore.caFile.choose"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                Messages.get("caseStore.caFile.filter"), "*.crt", "*.pem"),
                        new FileChooser.ExtensionFilter(Messages.get("caseStore.anyFile"), "*"));
        File f = chooser.showOpenDialog(dialog.getOwner());
        if (f != null) {
            caFile.setText(f.getPath());
        }
    }

    /** For tests and snapshots: the dialog, not yet shown. */
    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Shows the dialog; the store chosen, or empty when cancelled. */
    public Optional<StoreLocation> ask() {
        return dialog.showAndWait().filter(b -> b == open).flatMap(b -> chosen());
    }
}
