package scot.cswo.assurance.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** UI text, from the en-GB resource bundle. */
public final class Messages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("scot.cswo.assurance.ui.messages", Locale.UK);

    private Messages() {
    }

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    public static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.UK).format(args);
    }

    /** The text for a key built from data (an entity or field name), or {@code fallback} if there is none. */
    public static String getOrDefault(String key, String fallback) {
        return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : fallback;
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}
