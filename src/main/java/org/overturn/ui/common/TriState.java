package org.overturn.ui.common;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * Yes, no, or not known: the screen's choice for a fact the case keeps as an optional true/false.
 */
public enum TriState {
    UNKNOWN,
    YES,
    NO;

    public static TriState of(Optional<Boolean> b) {
        return b.map(x -> x ? YES : NO).orElse(UNKNOWN);
    }

    /** The fact as the case keeps it; null (an empty choice) counts as not known. */
    public static Optional<Boolean> toOptional(TriState t) {
        return t == YES ? Optional.of(true) : t == NO ? Optional.of(false) : Optional.empty();
    }

    public String label() {
        return Messages.get("tristate." + name().toLowerCase(Locale.ROOT));
    }

    /** Fills a choice box with the three answers, shown in words. */
    public static void install(ComboBox<TriState> box) {
        box.getItems().setAll(values());
        box.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(TriState t) {
                        return t == null ? "" : t.label();
                    }

                    @Override
                    public TriState fromString(String s) {
                        return null;
                    }
                });
    }
}
