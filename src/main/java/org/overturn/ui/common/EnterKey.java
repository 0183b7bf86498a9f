package org.overturn.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter does what Space does on a focused button, toggle or check box, as people expect on every
 * desktop; JavaFX leaves Enter to the default button alone. Text areas, combo boxes and tables keep
 * their own Enter.
 */
public final class EnterKey {

    private EnterKey() {}

    public static void install(Scene scene) {
        scene.addEventHandler(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() != KeyCode.ENTER
                            || e.isShortcutDown()
                            || e.isAltDown()
                            || e.isShiftDown()) {
                        return;
                    }
                    Node focus = scene.getFocusOwner();
                    if (focus instanceof ButtonBase b
                            && !(focus instanceof ComboBoxBase<?>)
                            && !b.isDisabled()) {
                        b.fire();
                        e.consume();
                    }
                });
    }
}
