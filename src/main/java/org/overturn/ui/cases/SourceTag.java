package org.overturn.ui.cases;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.intake.Field;
import org.overturn.ui.cases.IntakeViewModel.Source;
import org.overturn.ui.common.Messages;

/**
 * The mark beside an intake field: read from the letter (with the words), several values to choose
 * from, typed, or nothing; it follows the field's source as it changes.
 */
final class SourceTag {

    private SourceTag() {}

    static Node of(IntakeViewModel vm, Field f) {
        FontIcon icon = new FontIcon();
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Label l = new Label("", icon);
        Runnable update =
                () -> {
                    Source s = vm.source(f).get();
                    icon.setIconLiteral(
                            switch (s) {
                                case LETTER -> "mdi2f-file-document-outline";
                                case SEVERAL -> "mdi2a-alert-circle-outline";
                                case TYPED -> "mdi2p-pencil-outline";
                                case NONE -> "mdi2c-circle-small";
                            });
                    l.getStyleClass()
                            .setAll(
                                    "label",
                                    "intake-tag",
                                    "intake-" + s.name().toLowerCase(Locale.ROOT));
                    String text =
                            switch (s) {
                                case LETTER ->
                                        Messages.format("intake.tag.letter", vm.snippet(f).get());
                                case SEVERAL ->
                                        Messages.format("intake.tag.several", vm.snippet(f).get());
                                case TYPED -> Messages.get("intake.tag.typed");
                                case NONE -> Messages.get("intake.tag.none");
                            };
                    tip.setText(text);
                    l.setAccessibleText(text);
                };
        vm.source(f).addListener((o, a, b) -> update.run());
        vm.snippet(f).addListener((o, a, b) -> update.run());
        update.run();
        l.setTooltip(tip);
        return l;
    }
}
