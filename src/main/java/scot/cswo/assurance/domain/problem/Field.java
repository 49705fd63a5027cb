package scot.cswo.assurance.domain.problem;

import java.util.Locale;

/**
 * One input of a form or command that a problem can be about. Each form's fields are an enum
 * implementing this, shared by the service that checks them and the form that shows the message
 * beside them, so a message cannot lose its field by a difference in wording.
 */
public interface Field {
    /** The constant's name, which an enum gives; for a field that is not an enum, its label does. */
    String name();

    /**
     * The field's name as the user sees it ("Activity date"), which a problem's description starts
     * with: the constant's name in words (ACTIVITY_DATE), so the two cannot drift apart.
     */
    default String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
