package scot.cswo.assurance.domain.matrix;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A matrix reference such as F1.3: function 1, third mechanism. Refs sort numerically
 * (F2.1 before F10.1) and only change when the user asks for renumbering.
 */
public record Ref(String text) implements Comparable<Ref> {
    private static final Pattern FORM = Pattern.compile("F(\\d{1,3})\\.(\\d{1,3})");
    private static final Comparator<Ref> ORDER =
            Comparator.comparingInt(Ref::functionNumber).thenComparingInt(Ref::position).thenComparing(Ref::text);

    public Ref {
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("A ref looks like F1.3, not " + text);
        }
    }

    public static Ref of(int functionNumber, int position) {
        return new Ref("F" + functionNumber + "." + position);
    }

    /** Reads "F1.3" or "f1.3"; empty if the text is not a ref. */
    public static Optional<Ref> parse(String text) {
        String candidate = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return FORM.matcher(candidate).matches() ? Optional.of(new Ref(candidate)) : Optional.empty();
    }

    public int functionNumber() {
        return part(1);
    }

    public int position() {
        return part(2);
    }

    private int part(int group) {
        Matcher m = FORM.matcher(text);
        m.matches();
        return Integer.parseInt(m.group(group));
    }

    @Override
    public int compareTo(Ref other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return text;
    }
}
