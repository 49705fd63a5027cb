package scot.cswo.assurance.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.function.UnaryOperator;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * Text for a console in the console's own character set. A Windows console is usually code page
 * 850, which has no dash, curly quote or ellipsis: those are written as the plain characters it
 * has ("-", "'", "..."), so a status reason reads "Apr-Jun 2025" rather than "Apr?Jun 2025".
 * Letters such as "á" are in code page 850 and pass; anything else it cannot show becomes "?".
 */
public final class ConsoleOutput {
    /** The typographic characters the app and its users' text use, and what a narrower console shows instead. */
    private static final Map<Character, String> PLAIN = Map.ofEntries(Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('“', "\""), Map.entry('”', "\""),
            Map.entry('…', "..."), Map.entry('→', "->"), Map.entry('•', "*"), Map.entry('·', "."),
            Map.entry('\u00a0', " "), Map.entry('\u2009', " "), Map.entry('\u202f', " "), Map.entry('©', "(c)"));

    private ConsoleOutput() {
    }

    /**
     * The character set Java found for a standard stream ({@code stdout.encoding} or
     * {@code stderr.encoding}): the console's code page when the stream is a Windows console, the
     * locale's otherwise; UTF-8 if Java named none it knows.
     */
    public static Charset charsetOf(String property) {
        String name = System.getProperty(property);
        try {
            return name == null || name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** A writer to {@code out} in {@code charset} that writes what the charset cannot hold in plain characters. */
    public static PrintWriter writer(OutputStream out, Charset charset, boolean autoFlush) {
        return new PrintWriter(new RewritingWriter(new OutputStreamWriter(out, charset), plainFor(charset.newEncoder())), autoFlush);
    }

    /** {@code text} with each character {@code encoder} cannot write replaced by its plain form, if it has one. */
    static String plain(String text, CharsetEncoder encoder) {
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = PLAIN.get(c);
            shown.append(replacement != null && !encoder.canEncode(c) ? replacement : String.valueOf(c));
        }
        return shown.toString();
    }

    private static UnaryOperator<String> plainFor(CharsetEncoder encoder) {
        return text -> plain(text, encoder);
    }
}
