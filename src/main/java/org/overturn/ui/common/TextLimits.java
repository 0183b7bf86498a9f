package org.overturn.ui.common;

import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.overturn.domain.cases.Symbols;

/**
 * How much each field takes, the same bounds the case file import enforces: names 200 characters,
 * identifiers 64, the denial's rationale 50,000, any other text 20,000. Typing or pasting past the
 * bound keeps what fits and says, beside the field, that the rest was left out; a longer value
 * already stored is shown whole and never cut. A symbol the screen may draw as a box (an emoji) is
 * kept, and the field says how documents will print it.
 */
public final class TextLimits {

    public static final int NAME = 200;
    public static final int IDENTIFIER = 64;
    public static final int RATIONALE = 50_000;
    public static final int TEXT = 20_000;

    private static final Set<String> IDENTIFIERS =
            Set.of(
                    "memberIdField",
                    "groupField",
                    "authField",
                    "claimField",
                    "referenceField",
                    "npiField",
                    "phoneField",
                    "faxField",
                    "clinicianFaxField",
                    "clinicianPhoneField",
                    "dxCodeField");
    private static final Set<String> NAMES =
            Set.of(
                    "nameField",
                    "planNameField",
                    "repNameField",
                    "reviewerNameField",
                    "reviewerField",
                    "raterField",
                    "newRaterField",
                    "assessedByField",
                    "credentialsField",
                    "titleField",
                    "emailField",
                    "portalField",
                    "managerField",
                    "practiceField",
                    "epProviderField",
                    "specialtyField",
                    "addresseeField",
                    "dxNameField",
                    "repRelationshipField");
    private static final Map<String, Integer> SPECIAL = Map.of("rationaleArea", RATIONALE);
    private static final String MARK = "overturn.textLimit";

    /** The property key of the last symbol note a field showed. */
    public static final String SYMBOL_TIP = "overturn.symbol.tip";

    private TextLimits() {}

    /** The bound of a field, from its id. */
    public static int limitFor(String id, boolean multiLine) {
        if (id != null) {
            if (SPECIAL.containsKey(id)) {
                return SPECIAL.get(id);
            }
            if (IDENTIFIERS.contains(id)) {
                return IDENTIFIER;
            }
            if (NAMES.contains(id)) {
                return NAME;
            }
        }
        return TEXT;
    }

    /** Bounds every text field and area under {@code root} that has no formatter of its own. */
    public static void install(Parent root) {
        Nodes.descendants(
                root,
                n -> {
                    if (n instanceof TextInputControl t) {
                        limit(t, limitFor(t.getId(), t instanceof TextArea));
                    }
                });
    }

    /**
     * Bounds one field. Only what the user adds is bounded (the field has the focus and the text
     * grows past the bound); what the app puts there (a stored value, an undo) is left as it is.
     */
    public static void limit(TextInputControl t, int limit) {
        if (t.getTextFormatter() != null || t.getProperties().containsKey(MARK)) {
            return;
        }
        t.getProperties().put(MARK, limit);
        t.setTextFormatter(
                new TextFormatter<String>(
                        change -> {
                            if (!change.isContentChange() || !t.isFocused()) {
                                return change;
                            }
                            // A symbol the screen's fonts may lack (an emoji) is kept as typed; the
                            // field says how it will read.
                            Symbols.pictographNames(change.getText()).stream()
                                    .findFirst()
                                    .ifPresent(
                                            name ->
                                                    tip(
                                                            t,
                                                            Messages.format(
                                                                    "validation.symbol", name),
                                                            SYMBOL_TIP));
                            int newLength = change.getControlNewText().length();
                            int oldLength = change.getControlText().length();
                            if (newLength <= limit || newLength <= oldLength) {
                                return change;
                            }
                            int room =
                                    Math.max(
                                            0,
                                            limit
                                                    - (oldLength
                                                            - (change.getRangeEnd()
                                                                    - change.getRangeStart())));
                            String added = change.getText();
                            String kept = added.substring(0, Math.min(room, added.length()));
                            if (kept.length() > 0
                                    && Character.isHighSurrogate(kept.charAt(kept.length() - 1))) {
                                kept = kept.substring(0, kept.length() - 1);
                            }
                            change.setText(kept);
                            int caret = change.getRangeStart() + kept.length();
                            change.selectRange(caret, caret);
                            warn(t, limit);
                            return change;
                        }));
    }

    private static void warn(TextInputControl t, int limit) {
        tip(t, Messages.format("validation.tooLong", String.format("%,d", limit)), MARK + ".tip");
    }

    /**
     * A note under the field for a few seconds; the last one shown is kept in the field's
     * properties under key.
     */
    private static void tip(TextInputControl t, String text, String key) {
        if (t.getScene() == null || t.getScene().getWindow() == null) {
            return;
        }
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.getStyleClass().add("limit-tip");
        tip.setAutoHide(true);
        Bounds b = t.localToScreen(t.getBoundsInLocal());
        if (b == null) {
            return;
        }
        tip.show(t, b.getMinX(), b.getMaxY() + 2);
        PauseTransition hide = new PauseTransition(Duration.seconds(4));
        hide.setOnFinished(e -> tip.hide());
        hide.play();
        t.getProperties().put(key, tip);
    }
}
