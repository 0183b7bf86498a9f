package org.overturn.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The reference for the app's start-up time (issue 15, bench/compare.sh): a bare JavaFX window, one
 * Label in a 1280x800 stage, on the same JDK and JavaFX. Prints the milliseconds from JVM start to
 * the window shown, as the app does with -Doverturn.startupProbe=true, and exits.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Overturn"), 1280, 800));
        stage.setOnShown(
                e ->
                        Platform.runLater(
                                () -> {
                                    System.out.println(
                                            "Bare window shown "
                                                    + ManagementFactory.getRuntimeMXBean()
                                                            .getUptime()
                                                    + " ms after JVM start");
                                    Platform.exit();
                                }));
        stage.show();
    }

    /**
     * Launched through a plain class: JavaFX refuses an Application subclass as the main class on
     * the class path.
     */
    public static final class Main {
        private Main() {}

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
