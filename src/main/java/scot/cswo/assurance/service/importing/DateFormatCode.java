package scot.cswo.assurance.service.importing;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * An Excel date format code ("dd/mm/yyyy", "d mmmm yyyy", "mmm-yy", "hh:mm") as a Java formatter,
 * so a date cell reads as the user sees it in Excel. Colours, locales and padding are ignored; "m"
 * is minutes after an hour or before seconds, as in Excel.
 */
final class DateFormatCode {

    private DateFormatCode() {
    }

    static DateTimeFormatter translate(String code) {
        DateTimeFormatterBuilder format = new DateTimeFormatterBuilder();
        boolean twelveHour = code.toLowerCase(Locale.ROOT).matches(".*(am/pm|a/p).*");
        char previous = 0;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            char lower = Character.toLowerCase(c);
            int run = 1;
            while (i + run < code.length() && Character.toLowerCase(code.charAt(i + run)) == lower) {
                run++;
            }
            switch (lower) {
                case '"' -> {
                    int end = code.indexOf('"', i + 1);
                    end = end < 0 ? code.length() : end;
                    format.appendLiteral(code.substring(i + 1, end));
                    i = end + 1;
                    continue;
                }
                case '\\' -> {
                    if (i + 1 < code.length()) {
                        format.appendLiteral(code.charAt(i + 1));
                    }
                    i += 2;
                    continue;
                }
                case '[' -> {
                    int end = code.indexOf(']', i);
                    i = end < 0 ? code.length() : end + 1;
                    continue;
                }
                case '_', '*' -> {
                    format.appendLiteral(lower == '_' ? " " : "");
                    i += 2;
                    continue;
                }
                case 'y' -> format.appendPattern(run <= 2 ? "yy" : "yyyy");
                case 'd' -> format.appendPattern(run == 1 ? "d" : run == 2 ? "dd" : run == 3 ? "EEE" : "EEEE");
                case 'h' -> format.appendPattern((twelveHour ? "h" : "H").repeat(Math.min(run, 2)));
                case 's' -> format.appendPattern(run == 1 ? "s" : "ss");
                case 'm' -> {
                    boolean minutes = previous == 'h' || nextDatePart(code, i + run) == 's';
                    format.appendPattern(minutes ? (run == 1 ? "m" : "mm")
                            : run == 1 ? "M" : run == 2 ? "MM" : run == 3 ? "MMM" : run == 4 ? "MMMM" : "MMMMM");
                }
                case 'a' -> {
                    if (code.regionMatches(true, i, "am/pm", 0, 5) || code.regionMatches(true, i, "a/p", 0, 3)) {
                        format.appendPattern("a");
                        i += code.regionMatches(true, i, "am/pm", 0, 5) ? 5 : 3;
                        continue;
                    }
                    format.appendLiteral(c);
                    run = 1;
                }
                default -> {
                    format.appendLiteral(code.substring(i, i + run));
                    i += run;
                    continue;
                }
            }
            previous = lower;
            i += run;
        }
        return format.toFormatter(Locale.UK);
    }

    /** The next of d, m, y, h or s in the code from {@code from}, or 0. */
    private static char nextDatePart(String code, int from) {
        for (int i = from; i < code.length(); i++) {
            char c = Character.toLowerCase(code.charAt(i));
            if ("dmyhs".indexOf(c) >= 0) {
                return c;
            }
        }
        return 0;
    }
}
