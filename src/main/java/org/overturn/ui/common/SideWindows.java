package org.overturn.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window that opens beside the app (a library, a log): owned by it, styled like it, not modal.
 */
public final class SideWindows {

    private SideWindows() {}

    public static Stage show(Parent root, String title, Window owner) {
        Stage stage = new Stage();
        stage.setTitle(title);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
