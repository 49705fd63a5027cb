package scot.cswo.assurance.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for terminals: long cells wrap within their column instead of being cut. */
final class TextTable {
    private final List<String> headings;
    private final int[] widths;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param widths the widest each column may be; cells wrap beyond it */
    TextTable(List<String> headings, int... widths) {
        this.headings = headings;
        this.widths = widths.clone();
    }

    void add(List<String> cells) {
        rows.add(cells);
    }

    String render() {
        int[] used = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            used[c] = headings.get(c).length();
            for (List<String> row : rows) {
                used[c] = Math.max(used[c], Math.min(widths[c], row.get(c).length()));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headings.stream().map(List::of).toList(), used);
        List<List<String>> rule = new ArrayList<>();
        for (int width : used) {
            rule.add(List.of("-".repeat(width)));
        }
        line(out, rule, used);
        for (List<String> row : rows) {
            List<List<String>> wrapped = new ArrayList<>();
            for (int c = 0; c < used.length; c++) {
                wrapped.add(wrap(row.get(c), used[c]));
            }
            line(out, wrapped, used);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<List<String>> cells, int[] widths) {
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        for (int l = 0; l < height; l++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String part = l < cells.get(c).size() ? cells.get(c).get(l) : "";
                text.append(c == widths.length - 1 ? part : pad(part, widths[c]) + "  ");
            }
            out.append(text.toString().stripTrailing()).append(System.lineSeparator());
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            while (word.length() > width) {
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!current.isEmpty() && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (!word.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(word);
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
