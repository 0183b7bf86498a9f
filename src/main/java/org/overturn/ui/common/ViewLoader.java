package org.overturn.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;

/**
 * Loads {@code Name.fxml} that sits beside its controller class, with the app's strings and
 * controller factory.
 */
public final class ViewLoader {

    private final ControllerFactory controllers;

    public ViewLoader(ControllerFactory controllers) {
        this.controllers = controllers;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {}

    public <C> View<C> load(Class<C> controllerType, String fxmlName, Object... scoped) {
        URL url = controllerType.getResource(fxmlName + ".fxml");
        if (url == null) {
            throw new IllegalStateException(
                    "missing " + fxmlName + ".fxml beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(controllers.forScope(scoped));
        try {
            Parent root = loader.load();
            TextLimits.install(root);
            TypeAhead.install(root);
            TwoColumns.install(root);
            wholeButtonLabels(root);
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
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
