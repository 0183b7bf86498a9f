package org.overturn.ui.transfer;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The bundle export dialog's fields: what the bundle holds, the protect check box, and the password
 * fields, usable only while it is ticked.
 */
public final class BundleExportController {

    private final BundleExportViewModel vm;

    @FXML private Label summary;
    @FXML private CheckBox protectBox;
    @FXML private StackPane passwordPane;

    public BundleExportController(BundleExportViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        summary.setText(vm.summary());
        protectBox.selectedProperty().bindBidirectional(vm.protectProperty());
        passwordPane.disableProperty().bind(vm.protectProperty().not());
    }

    /** Puts the password fields (the password dialog's own view) under the check box. */
    void showPasswordFields(Parent fields) {
        passwordPane.getChildren().setAll(fields);
    }
}
