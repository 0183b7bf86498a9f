package org.overturn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build compiles overturn.css to overturn.bss beside it (pom.xml, stylesheet-to-binary), and
 * JavaFX reads the .bss in its place: the two must hold the same rules.
 */
class StylesheetBinaryTest {

    @Test
    void theBinaryStylesheetHoldsExactlyTheRulesOfTheCss() throws Exception {
        URL css = getClass().getResource("/org/overturn/ui/css/overturn.css");
        URL bss = getClass().getResource("/org/overturn/ui/css/overturn.bss");
        assertThat(css).isNotNull();
        assertThat(bss).as("overturn.bss, made by the build's process-resources phase").isNotNull();

        List<String> parsed = rules(new CssParser().parse(css));
        List<String> binary = rules(Stylesheet.loadBinary(bss));

        assertThat(parsed).hasSizeGreaterThan(50);
        assertThat(binary).isEqualTo(parsed);
    }

    private static List<String> rules(Stylesheet s) {
        // Selectors and declarations asked for one by one: a rule read from binary unpacks its
        // declarations only when they are asked for, and its toString does not ask.
        return s.getRules().stream().map(r -> r.getSelectors() + " " + declarations(r)).toList();
    }

    private static List<String> declarations(Rule r) {
        return r.getDeclarations().stream()
                .map(
                        d ->
                                d.getProperty()
                                        + ": "
                                        + d.getParsedValue()
                                        + (d.isImportant() ? " !important" : ""))
                .toList();
    }
}
