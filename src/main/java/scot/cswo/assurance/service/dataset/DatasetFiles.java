package scot.cswo.assurance.service.dataset;

import static scot.cswo.assurance.service.importing.SpreadsheetTable.cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import scot.cswo.assurance.domain.dataset.Aggregation;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.exporting.CsvWriter;
import scot.cswo.assurance.service.exporting.XlsxWriter;
import scot.cswo.assurance.service.importing.SpreadsheetTable;

/**
 * The dataset's two spreadsheet layouts. Measures: one row per measure with its definition (the
 * shipped starter set is one). Values: one row per measure and period, which is what an export
 * writes and an import reads back.
 */
public final class DatasetFiles {
    public static final String MEASURE = "Measure";
    public static final String UNIT = "Unit";
    public static final String AREA = "Statutory area";
    public static final String DEFINITION = "Definition";
    public static final String OWNER = "Data owner";
    public static final String COLLECTION = "Collection";
    public static final String POLARITY = "Polarity";
    public static final String AGGREGATION = "Aggregation";
    public static final String COUNTS_PEOPLE = "Counts people";
    public static final String BREAKDOWN = "Breakdown";
    public static final String PERIOD = "Period";
    public static final String VALUE = "Value";
    /** Real datasets have a few dozen measures over a few years; this bounds a wrong file. */
    public static final int MAX_ROWS = 50_000;

    private static final List<String> VALUE_COLUMNS = List.of(MEASURE, UNIT, AREA, PERIOD, VALUE);
    private static final SpreadsheetTable MEASURES = new SpreadsheetTable(headings(MEASURE, UNIT, AREA, DEFINITION,
            OWNER, COLLECTION, POLARITY, AGGREGATION, COUNTS_PEOPLE, BREAKDOWN), List.of(MEASURE, UNIT, COLLECTION, POLARITY),
            MAX_ROWS, "a dataset file");
    private static final SpreadsheetTable VALUES = new SpreadsheetTable(headings(MEASURE, UNIT, PERIOD, VALUE),
            List.of(MEASURE, PERIOD, VALUE), MAX_ROWS, "a dataset file");

    private DatasetFiles() {
    }

    /** A measure's definition and the spreadsheet row it came from. */
    public record MeasureRow(int row, Measure measure) {
    }

    /** The measures a file defines, and what the reader noticed (the sheet read, hidden rows left out). */
    public record MeasuresFile(List<MeasureRow> rows, List<String> notes) {
    }

    /** Measures' definitions, every problem found named by row and column. */
    public static MeasuresFile readMeasures(String source, byte[] bytes) {
        SpreadsheetTable.Sheet sheet = MEASURES.read(source, bytes);
        List<List<String>> table = sheet.rows();
        int header = MEASURES.headerRow(source, table);
        Map<String, Integer> columns = MEASURES.columns(source, header + 1, table.get(header));
        List<MeasureRow> measures = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = header + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (SpreadsheetTable.blank(cells)) {
                continue;
            }
            int row = i + 1;
            List<Problem> found = new ArrayList<>();
            CollectionFrequency collection = choice(source, row, COLLECTION, cell(cells, columns, COLLECTION),
                    CollectionFrequency.values(), CollectionFrequency::label, found);
            Polarity polarity = choice(source, row, POLARITY, cell(cells, columns, POLARITY), Polarity.values(),
                    Polarity::label, found);
            String aggregationText = cell(cells, columns, AGGREGATION);
            Aggregation aggregation = aggregationText.isBlank() ? null : choice(source, row, AGGREGATION,
                    aggregationText, Aggregation.values(), Aggregation::label, found);
            Boolean countsPeople = yesNo(source, row, cell(cells, columns, COUNTS_PEOPLE), found);
            try {
                measures.add(new MeasureRow(row, new Measure(cell(cells, columns, MEASURE), cell(cells, columns, UNIT),
                        cell(cells, columns, AREA), cell(cells, columns, DEFINITION), cell(cells, columns, OWNER),
                        collection, polarity, aggregation, Boolean.TRUE.equals(countsPeople),
                        cell(cells, columns, BREAKDOWN))));
            } catch (InvalidDataException invalid) {
                invalid.problems().stream().filter(p -> found.stream().noneMatch(f -> f.column().equals(p.column())))
                        .map(p -> new Problem(source, row, p.column(), p.value(), p.message())).forEach(found::add);
            }
            problems.addAll(found);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new MeasuresFile(measures, sheet.notes());
    }

    /** A row of a values file as typed, checked against the dataset by the service. */
    public record ValueRow(int row, String measure, String unit, String period, String value) {
    }

    /**
     * The rows of a values file that have anything in them.
     *
     * @param decimalComma true for a semicolon-separated file: see {@link #number(String, boolean)}
     * @param notes        what the reader noticed (the sheet read, hidden rows left out)
     * @param refusedCells   cells refused as they were read (a formula, a control character), to be
     *                       reported with every other problem in the file
     */
    public record ValuesFile(List<ValueRow> rows, boolean decimalComma, List<String> notes,
                             List<Problem> refusedCells) {
    }

    /**
     * A Value cell as a plain number ("1250.5"), by one rule: in a workbook or a comma-separated file
     * the decimal mark is a full stop and commas may group thousands (1,250 is one thousand two
     * hundred and fifty); in a semicolon-separated file, which Excel writes where the comma is the
     * decimal mark, 1,5 is one and a half and nothing groups thousands, so 1,250 is 1.250 and
     * refused for its three decimal places rather than read as either number.
     *
     * @throws InvalidDataException (field "Value") for a full stop in a semicolon-separated file
     */
    public static String number(String typed, boolean decimalComma) {
        if (!decimalComma) {
            return typed;
        }
        if (typed.contains(".")) {
            throw new InvalidDataException(List.of(new Problem(null, 0, VALUE, typed,
                    "A full stop cannot be read as part of a number here.")));
        }
        return typed.replace(',', '.');
    }

    /** The rule {@link #number(String, boolean)} follows, for messages about a value it could not read. */
    public static String numberRule(boolean decimalComma) {
        return decimalComma
                ? "In this semicolon-separated file the decimal mark is a comma (1,5 is one and a half) and thousands"
                + " are not separated (write 1250, not 1.250 or 1,250)."
                : "In this file the decimal mark is a full stop (1.5 is one and a half); a comma may separate"
                + " thousands (1,250).";
    }

    /** The rows of a values file that have anything in them. */
    public static ValuesFile readValues(String source, byte[] bytes) {
        List<Problem> refusedCells = new ArrayList<>();
        SpreadsheetTable.Sheet sheet = VALUES.read(source, bytes, refusedCells);
        List<List<String>> table = sheet.rows();
        int header = VALUES.headerRow(source, table);
        Map<String, Integer> columns = VALUES.columns(source, header + 1, table.get(header));
        List<ValueRow> rows = new ArrayList<>();
        for (int i = header + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (!SpreadsheetTable.blank(cells)) {
                rows.add(new ValueRow(i + 1, cell(cells, columns, MEASURE).strip(), cell(cells, columns, UNIT).strip(),
                        cell(cells, columns, PERIOD).strip(), cell(cells, columns, VALUE).strip()));
            }
        }
        return new ValuesFile(rows, sheet.decimalComma(), sheet.notes(), List.copyOf(refusedCells));
    }

    /** Every value entered, measure by measure in period order, as CSV Excel opens (UTF-8 with a BOM). */
    public static byte[] valuesCsv(List<MeasureSeries> dataset) {
        StringBuilder text = new StringBuilder(CsvWriter.record(VALUE_COLUMNS));
        forEachValue(dataset, (series, period, value) -> text.append(CsvWriter.record(List.of(series.measure().name(),
                series.measure().unit(), series.measure().statutoryArea(), period.label(), value.toPlainString()))));
        return CsvWriter.forExcel(text.toString());
    }

    /** Every value entered as an Excel workbook, values as numbers. */
    public static byte[] valuesXlsx(List<MeasureSeries> dataset) {
        List<List<XlsxWriter.Cell>> rows = new ArrayList<>();
        forEachValue(dataset, (series, period, value) -> rows.add(List.of(new XlsxWriter.Text(series.measure().name()),
                new XlsxWriter.Text(series.measure().unit()), new XlsxWriter.Text(series.measure().statutoryArea()),
                new XlsxWriter.Text(period.label()), new XlsxWriter.Number(value))));
        return XlsxWriter.workbook("CSWO dataset", VALUE_COLUMNS, rows, List.of(50, 14, 36, 10, 10));
    }

    private interface ValueVisitor {
        void visit(MeasureSeries series, DataPeriod period, BigDecimal value);
    }

    private static void forEachValue(List<MeasureSeries> dataset, ValueVisitor visitor) {
        for (MeasureSeries series : dataset) {
            series.values().forEach((period, value) -> visitor.visit(series, period, value));
        }
    }

    private static <E> E choice(String source, int row, String column, String text, E[] options,
                                Function<E, String> label, List<Problem> problems) {
        if (text.isBlank()) {
            return null;
        }
        for (E option : options) {
            if (label.apply(option).equalsIgnoreCase(text.strip())) {
                return option;
            }
        }
        problems.add(new Problem(source, row, column, text, "use one of: " + String.join(", ",
                Arrays.stream(options).map(label).toList()) + "."));
        return null;
    }

    private static Boolean yesNo(String source, int row, String text, List<Problem> problems) {
        String tidy = text.strip().toLowerCase(Locale.ROOT);
        return switch (tidy) {
            case "yes", "y", "true" -> true;
            case "", "no", "n", "false" -> false;
            default -> {
                problems.add(new Problem(source, row, COUNTS_PEOPLE, text, "write Yes or No."));
                yield null;
            }
        };
    }

    private static Map<String, String> headings(String... columns) {
        Map<String, String> headings = new LinkedHashMap<>();
        for (String column : columns) {
            headings.put(SpreadsheetTable.normalise(column), column);
        }
        return headings;
    }
}
