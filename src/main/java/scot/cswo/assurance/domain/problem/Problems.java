package scot.cswo.assurance.domain.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems found in one form's or command's input, gathered so that all are told at once;
 * the one place the common checks (required, too long) and the blank-to-null rule are written.
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    /** A problem with {@code field}. */
    public Problems add(Field field, String value, String message) {
        found.add(Problem.of(field, value, message));
        return this;
    }

    /** A problem already worked out elsewhere (a date that belongs to another framework). */
    public Problems add(Problem problem) {
        found.add(problem);
        return this;
    }

    /** Says {@code whenMissing} for blank text, or asks for it shorter than {@code max} characters. */
    public Problems required(Field field, String text, int max, String whenMissing) {
        if (text == null || text.isBlank()) {
            return add(field, text, whenMissing);
        }
        return notLonger(field, text.strip(), max);
    }

    /** Asks for text (if any) shorter than {@code max} characters. */
    public Problems notLonger(Field field, String text, int max) {
        return text != null && text.length() > max ? add(field, text, "keep this under " + String.format(Locale.UK, "%,d", max)
                + " characters.") : this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Refuses the input as a whole, nothing changed, if anything was found. */
    public void refuseIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidDataException(found);
        }
    }

    /** Text as it is kept: one space wherever spaces, tabs, line breaks or no-break spaces ran together; never null. */
    public static String collapse(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }

    /** Optional text as it is kept: stripped, or null when blank. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
