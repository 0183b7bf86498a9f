package org.overturn.ui.common;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;

/**
 * Loads {@code Name.fxml} that sits beside its controller class, with the app's strings and
 * controller factory. The FXML is compiled to Java when the app is built, so no XML is read at run
 * time; {@code CompiledViewsTest} checks each compiled view against FXMLLoader's.
 */
public final class ViewLoader {

    private final ControllerFactory controllers;

    public ViewLoader(ControllerFactory controllers) {
        this.controllers = controllers;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {}

    /**
     * Builds {@code Name.fxml} beside the controller's package from the code compiled out of it at
     * build time (FxmlCompiler, ADR 0020), with the app's strings and this view's controllers.
     */
    public <C> View<C> load(Class<C> controllerType, String fxmlName, Object... scoped) {
        FxmlWiring.Built built =
                FxmlWiring.compiled(
                                controllerType.getPackageName(),
                                fxmlName,
                                controllerType.getClassLoader())
                        .build(Messages.bundle(), controllers.forScope(scoped));
        Parent root = built.root();
        TextLimits.install(root);
        TypeAhead.install(root);
        TwoColumns.install(root);
        wholeButtonLabels(root);
        return new View<>(root, controllerType.cast(built.controller()));
    }

    /**
     * A button's label is never cut to "Ana…": a button (its text may be set later) is at least as
     * wide as its label, and the layout around it wraps or scrolls instead.
     */
    static void wholeButtonLabels(Parent root) {
        Nodes.descendants(
                root,
                n -> {
                    boolean button =
                            n instanceof Button
                                    || n instanceof ToggleButton
                                    || n instanceof MenuButton;
                    if (button && ((Region) n).getMinWidth() == Region.USE_COMPUTED_SIZE) {
                        ButtonBase b = (ButtonBase) n;
                        b.setMinWidth(Region.USE_PREF_SIZE);
                    }
                });
    }
}
