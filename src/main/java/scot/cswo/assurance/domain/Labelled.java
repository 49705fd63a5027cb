package scot.cswo.assurance.domain;

import java.util.Locale;

/**
 * A constant users see by its name in words: ON_TRACK is "On track". Deriving the label from the
 * constant means the two cannot drift apart, and an enum needs no label field of its own.
 */
public interface Labelled {
    /** The constant's name, which an enum gives. */
    String name();

    /** The name in words, first letter capital: NOT_RATED is "Not rated". */
    default String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
