package scot.cswo.assurance.domain.problem;

import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * Characters that have no place in the app's text: the C0 controls other than tab and line
 * breaks, DEL, and the C1 controls (U+0080 to U+009F). A terminal acts on some of them (ESC starts
 * a sequence that can recolour, move or retitle; BEL beeps), PostgreSQL cannot store NUL, and none
 * is visible. They are refused where text comes in (files, command-line arguments) and shown as
 * &lt;U+001B&gt; wherever text goes out to a terminal or a message.
 */
public final class ControlCharacters {
    private static final Map<Integer, String> NAMES = Map.of(0x00, "NUL", 0x07, "BEL", 0x08, "backspace", 0x1b, "ESC",
            0x7f, "DEL", 0x9b, "CSI");

    private ControlCharacters() {
    }

    /** True for the characters described above; tab, line feed and carriage return are text. */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
    }

    /** The first control character in {@code text}, if any. */
    public static OptionalInt first(String text) {
        return text == null ? OptionalInt.empty() : text.chars().filter(ControlCharacters::isControl).findFirst();
    }

    /** "ESC (U+001B)", or just "U+0085" for one without a common name. */
    public static String name(int c) {
        String code = String.format("U+%04X", c);
        String name = NAMES.get(c);
        return name == null ? code : name + " (" + code + ")";
    }

    /** The sentence a refusal gives, so every boundary words it the same way. */
    public static String refusal(int c) {
        return "holds a control character, " + name(c) + ", which is invisible and can disturb the screen it is"
                + " printed on; delete it (it usually comes from copying out of another system) and try again.";
    }

    /**
     * The text with each control character, and each invisible formatting character or unusual
     * space, written as &lt;U+XXXX&gt;, so a message shows what is really there ("Monthly&lt;U+200B&gt;").
     */
    public static String visible(String text) {
        return written(text, c -> isControl(c) || invisible(c));
    }

    /** The text with control characters written as &lt;U+XXXX&gt; and everything else as it is: safe to print. */
    public static String harmless(String text) {
        return first(text).isEmpty() ? text : written(text, ControlCharacters::isControl);
    }

    /** The text without its control characters. */
    public static String without(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isControl(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String written(String text, IntPredicate hidden) {
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (hidden.test(c)) {
                shown.append(String.format("<U+%04X>", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SPACE_SEPARATOR && c != ' ';
    }
}
