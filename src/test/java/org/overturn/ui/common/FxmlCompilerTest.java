package org.overturn.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The build's FXML compiler (src/build/java, run by Maven at generate-sources) run as the build
 * runs it, on files of its own: what it writes for the constructs the app uses, and the one line
 * that stops the build for a construct it does not translate. {@code CompiledViewsTest} compares
 * what it made of the app's own files with FXMLLoader's trees.
 */
class FxmlCompilerTest {

    private static final String HEAD =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<?import javafx.geometry.Insets?>\n"
                    + "<?import javafx.scene.control.*?>\n"
                    + "<?import javafx.scene.layout.*?>\n";

    private record Run(int exit, String out, String err) {}

    private static Run compile(Path in, Path out) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p =
                new ProcessBuilder(
                                List.of(
                                        java.toString(),
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        "src/build/java/org/overturn/build/FxmlCompiler.java",
                                        in.toString(),
                                        out.toString()))
                        .start();
        p.getOutputStream().close();
        byte[] stdout = p.getInputStream().readAllBytes();
        byte[] stderr = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Run(
                p.exitValue(),
                new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void writesConstructorsAndSettersForWhatTheFileSays(@TempDir Path dir) throws Exception {
        write(
                dir.resolve("in/org/example/Form.fxml"),
                HEAD
                        + "<VBox xmlns=\"http://javafx.com/javafx/21\""
                        + " xmlns:fx=\"http://javafx.com/fxml/1\" fx:controller=\"org.example.FormController\""
                        + " spacing=\"8\" styleClass=\"form, card\">\n"
                        + "  <HBox alignment=\"CENTER_LEFT\">\n"
                        + "    <Label text=\"%form.name\" labelFor=\"$nameField\"/>\n"
                        + "    <TextField fx:id=\"nameField\" HBox.hgrow=\"ALWAYS\" maxWidth=\"Infinity\"/>\n"
                        + "    <Button text=\"\\%off\" onAction=\"#save\"/>\n"
                        + "  </HBox>\n"
                        + "  <padding><Insets left=\"6\"/></padding>\n"
                        + "</VBox>\n");
        Run run = compile(dir.resolve("in"), dir.resolve("out"));
        assertEquals(0, run.exit(), run.err());
        String src = Files.readString(dir.resolve("out/org/example/FormFxml.java"));
        assertTrue(src.contains("controllers.call(org.example.FormController.class)"), src);
        assertTrue(src.contains(".getStyleClass().add(\"form\")"), src);
        assertTrue(src.contains(".getStyleClass().add(\"card\")"), src);
        assertTrue(src.contains(".setAlignment(javafx.geometry.Pos.CENTER_LEFT)"), src);
        assertTrue(src.contains(".setText(resources.getString(\"form.name\"))"), src);
        assertTrue(src.contains(".setText(\"%off\")"), "an escaped % is text: " + src);
        assertTrue(src.contains(".setMaxWidth(Double.POSITIVE_INFINITY)"), src);
        assertTrue(src.contains("javafx.scene.layout.HBox.setHgrow("), src);
        assertTrue(src.contains(".setOnAction(wiring.handler(\"save\"))"), src);
        assertTrue(
                src.contains(
                        "new javafx.geometry.Insets((double) 0, (double) 0, (double) 0, 6.0d)"),
                src);
        assertTrue(src.contains(".setId(\"nameField\")"), src);
        // The label's field comes later in the file: set once the tree is built, not null.
        int field = src.indexOf("wiring.inject(\"nameField\"");
        int label = src.indexOf(".setLabelFor(");
        assertTrue(field > 0 && label > field, src);
        assertTrue(
                src.contains(
                        "public final class FormFxml implements"
                                + " org.overturn.ui.common.FxmlWiring.Compiled"),
                src);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<Label text=\"${model.name}\"/>|line 6: binding expression ${model.name}",
                "<Label fx:id=\"a\" textFill=\"@red.png\"/>|line 6: relative path @red.png",
                "<Label colour=\"red\"/>|line 6: Label has no property colour",
                "<Label labelFor=\"$nowhere\"/>|$nowhere names no fx:id in this file",
                "<Label alignment=\"MIDDLE\"/>|line 6: javafx.geometry.Pos has no MIDDLE",
                "<fx:define><Label/></fx:define>|line 6: fx:define",
            })
    void refusesWhatItDoesNotTranslateNamingTheFileAndLine(
            String element, String reason, @TempDir Path dir) throws Exception {
        write(
                dir.resolve("in/org/example/Bad.fxml"),
                HEAD
                        + "<VBox xmlns=\"http://javafx.com/javafx/21\" xmlns:fx=\"http://javafx.com/fxml/1\">\n"
                        + element
                        + "\n</VBox>\n");
        Run run = compile(dir.resolve("in"), dir.resolve("out"));
        assertEquals(1, run.exit(), run.out());
        assertEquals("FxmlCompiler: /org/example/Bad.fxml: " + reason, run.err().strip());
        assertFalse(Files.exists(dir.resolve("out/org/example/BadFxml.java")));
    }
}
