package scot.cswo.assurance.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import scot.cswo.assurance.service.exporting.CsvWriter;
import scot.cswo.assurance.service.exporting.Json;

/**
 * A listing printed as a table, CSV or JSON from one set of column definitions, so the three
 * formats always agree.
 */
final class Listing<T> {
    private final List<Column<T>> columns = new ArrayList<>();

    private record Column<T>(String heading, String key, int width, Function<T, Object> value,
                             Function<T, Object> inTable) {
    }

    /** @param width widest the column may be in a table; 0 leaves it out of the table */
    Listing<T> column(String heading, String key, int width, Function<T, Object> value) {
        return column(heading, key, width, value, value);
    }

    /**
     * A column read by people in the table ({@code inTable}: "Overdue", 31/03/2026) and by programs in
     * CSV and JSON ({@code value}: OVERDUE, 2026-03-31).
     */
    Listing<T> column(String heading, String key, int width, Function<T, Object> value, Function<T, Object> inTable) {
        columns.add(new Column<>(heading, key, width, value, inTable));
        return this;
    }

    String render(OutputFormat format, List<T> items) {
        return render(format, items, null);
    }

    /** @param whenEmpty what a table says instead when there is nothing to list (null: the bare headings) */
    String render(OutputFormat format, List<T> items, String whenEmpty) {
        return switch (format) {
            case JSON -> Json.array(items.stream().map(this::object).toList()) + System.lineSeparator();
            case CSV -> csv(items);
            case TABLE -> items.isEmpty() && whenEmpty != null ? whenEmpty + System.lineSeparator() : table(items);
        };
    }

    private Map<String, Object> object(T item) {
        Map<String, Object> object = new LinkedHashMap<>();
        columns.forEach(c -> object.put(c.key(), c.value().apply(item)));
        return object;
    }

    private String csv(List<T> items) {
        StringBuilder out = new StringBuilder(CsvWriter.record(columns.stream().map(Column::heading).toList()));
        for (T item : items) {
            out.append(CsvWriter.record(columns.stream().map(c -> text(c.value().apply(item))).toList()));
        }
        return out.toString();
    }

    private String table(List<T> items) {
        List<Column<T>> shown = columns.stream().filter(c -> c.width() > 0).toList();
        TextTable table = new TextTable(shown.stream().map(Column::heading).toList(),
                shown.stream().mapToInt(Column::width).toArray());
        items.forEach(item -> table.add(shown.stream().map(c -> text(c.inTable().apply(item))).toList()));
        return table.render();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(" / ", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }
}
