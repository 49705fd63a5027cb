package scot.cswo.assurance.service.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.dataset.PublishedFigures;
import scot.cswo.assurance.domain.dataset.Quarter;

/**
 * The CSWO dataset as a report publishes it: every measure, grouped by statutory area, with the
 * small-number suppression in force.
 */
public record PublishedDataset(List<MeasureSeries> measures, PublishedFigures figures) {
    /** The statutory area whose measures the report's Workforce section shows. */
    public static final String WORKFORCE = "Workforce";
    /** How many years a report's tables show: the year and up to four before it. */
    public static final int YEARS = 5;

    public PublishedDataset {
        measures = List.copyOf(measures);
    }

    /** Whether a measure belongs in the Workforce section rather than Service quality. */
    public static boolean workforce(MeasureSeries series) {
        return series.measure().statutoryArea().toLowerCase(Locale.ROOT).equals(WORKFORCE.toLowerCase(Locale.ROOT));
    }

    /** Measures rated against a target (higher or lower is better), of one part of the report. */
    public List<MeasureSeries> indicators(boolean ofWorkforce) {
        return measures.stream().filter(s -> s.measure().polarity() != Polarity.CONTEXT_ONLY)
                .filter(s -> workforce(s) == ofWorkforce).toList();
    }

    public List<MeasureSeries> ofWorkforce() {
        return measures.stream().filter(PublishedDataset::workforce).toList();
    }

    /**
     * The financial years a table for {@code year} shows: it and up to four before it, starting
     * at the earliest with any value entered.
     */
    public List<Integer> years(int year) {
        int earliest = measures.stream().flatMap(s -> s.values().keySet().stream())
                .mapToInt(p -> p.financialYear()).min().orElse(year);
        List<Integer> years = new ArrayList<>();
        for (int y = Math.max(year - YEARS + 1, Math.min(earliest, year)); y <= year; y++) {
            years.add(y);
        }
        return years;
    }

    /**
     * The measures by statutory area, in the order first met; within an area, measures that are
     * parts of one whole are kept together under their breakdown's name ("" for the rest).
     */
    public Map<String, Map<String, List<MeasureSeries>>> byArea() {
        Map<String, Map<String, List<MeasureSeries>>> areas = new LinkedHashMap<>();
        for (MeasureSeries series : measures) {
            String area = series.measure().statutoryArea().isEmpty() ? "Other measures"
                    : series.measure().statutoryArea();
            areas.computeIfAbsent(area, a -> new LinkedHashMap<>())
                    .computeIfAbsent(series.measure().breakdown(), b -> new ArrayList<>()).add(series);
        }
        return areas;
    }

    /**
     * A quarter's (or other collection period's) value of a measure as every published document
     * prints it. A part of a breakdown is worked out with its whole breakdown, so a part hidden
     * there to protect a small one ("[c]") is hidden in every table and chart of every document,
     * and no hidden figure can be recovered by setting one document's figures against another's.
     */
    public String value(MeasureSeries series, DataPeriod period) {
        return shown(series, s -> s.value(period), s -> false);
    }

    /** A financial year's value as every published document prints it (see {@link #value}), provisional marked. */
    public String year(MeasureSeries series, int financialYear) {
        return shown(series, s -> s.year(financialYear).value(), s -> s.year(financialYear).provisional());
    }

    /** The year so far at the end of {@code upTo}, as every published document prints it (see {@link #value}). */
    public String yearToDate(MeasureSeries series, Quarter upTo) {
        return shown(series, s -> s.yearToDate(upTo).value(), s -> s.yearToDate(upTo).provisional());
    }

    /** A breakdown's parts and total for a financial year, as {@link #year} prints each part. */
    public List<String> yearWithTotal(List<MeasureSeries> parts, int financialYear) {
        return figures.withTotal(parts.stream().map(MeasureSeries::measure).toList(),
                parts.stream().map(s -> s.year(financialYear).value()).toList());
    }

    private String shown(MeasureSeries series, Function<MeasureSeries, BigDecimal> valueOf,
                         Predicate<MeasureSeries> provisional) {
        List<MeasureSeries> whole = breakdownOf(series);
        String shown = whole.size() < 2 ? figures.value(series.measure(), valueOf.apply(series))
                : figures.withTotal(whole.stream().map(MeasureSeries::measure).toList(),
                        whole.stream().map(valueOf).toList()).get(whole.indexOf(series));
        return provisional.test(series) && valueOf.apply(series) != null ? shown + PublishedFigures.PROVISIONAL : shown;
    }

    /** The parts of the whole {@code series} belongs to, itself included; just itself if it is not a part. */
    private List<MeasureSeries> breakdownOf(MeasureSeries series) {
        if (series.measure().breakdown().isEmpty()) {
            return List.of(series);
        }
        String area = series.measure().statutoryArea();
        return measures.stream().filter(s -> s.measure().breakdown().equals(series.measure().breakdown())
                && s.measure().statutoryArea().equals(area)).toList();
    }
}
