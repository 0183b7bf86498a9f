package org.overturn.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.overturn.domain.cases.HasId;

/**
 * The app's strings, from {@code i18n/messages.properties}. Every visible string comes through here
 * or FXML.
 */
public final class Messages {

    public static final String BUNDLE = "org.overturn.i18n.messages";

    private static final ResourceBundle DEFAULT = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

    private Messages() {}

    public static ResourceBundle bundle() {
        return DEFAULT;
    }

    public static String get(String key) {
        try {
            return DEFAULT.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key " + key, e);
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.US).format(args);
    }

    /**
     * The label of an enum value. Labels are domain data shared with the command line and the PDFs;
     * a bundle entry {@code Type.id} overrides one where the screen needs other words.
     */
    public static String label(HasId value) {
        return LABELS.computeIfAbsent(
                value,
                v -> {
                    String key = v.getClass().getSimpleName() + "." + v.id();
                    return DEFAULT.containsKey(key) ? DEFAULT.getString(key) : v.label();
                });
    }

    /** Worked out once per value: the Cases list asks for three labels per row. */
    private static final Map<HasId, String> LABELS = new ConcurrentHashMap<>();
}
