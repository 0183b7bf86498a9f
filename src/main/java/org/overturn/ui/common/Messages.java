package org.overturn.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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
        String key = value.getClass().getSimpleName() + "." + value.id();
        return DEFAULT.containsKey(key) ? DEFAULT.getString(key) : value.label();
    }
}
