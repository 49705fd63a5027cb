package scot.cswo.assurance.service.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import scot.cswo.assurance.domain.dataset.Aggregation.YearValue;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.dataset.PublishedFigures;
import scot.cswo.assurance.domain.dataset.PublishedYear;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.SmallNumbers;

/**
 * The CSWO dataset as a report publishes it: every measure, grouped by statutory area, with the
 * small-number suppression in force.
 */
public final class PublishedDataset {
    /** The statutory area whose measures the report's Workforce section shows. */
    public static final String WORKFORCE = "Workforce";
    /** How many years a report's tables show: the year and up to four before it. */
    public static final int YEARS = 5;

    private final List<MeasureSeries> measures;
    private final PublishedFigures figures;
    private final SmallNumbers smallNumbers;
    // Worked out once per whole and year: every table and chart of every document asks for its figures.
    private final Map<String, PublishedYear> years = new ConcurrentHashMap<>();

    public PublishedDataset(List<MeasureSeries> measures, SmallNumbers smallNumbers) {
        this.measures = List.copyOf(measures);
        this.smallNumbers = smallNumbers;
        this.figures = new PublishedFigures(smallNumbers);
    }

    public List<MeasureSeries> measures() {
        return measures;
    }

    public PublishedFigures figures() {
        return figures;
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
     * prints it. A count of people is worked out with the rest of its year and of its whole
     * breakdown ({@link PublishedYear}), so a figure hidden in one table is hidden in every table and
     * chart of every document, and no hidden count can be recovered by setting one printed figure
     * (a quarter, a year so far, a year, a total) against others.
     */
    public String value(MeasureSeries series, DataPeriod period) {
        if (quarterlyCount(series) && !period.wholeYear()) {
            return publishedYear(series, period.financialYear()).quarter(partOf(series), period.quarter());
        }
        return shown(series, s -> s.value(period), s -> false);
    }

    /** A financial year's value as every published document prints it (see {@link #value}), provisional marked. */
    public String year(MeasureSeries series, int financialYear) {
        if (quarterlyCount(series)) {
            return marked(publishedYear(series, financialYear).yearToDate(partOf(series), 4),
                    series.year(financialYear));
        }
        return shown(series, s -> s.year(financialYear).value(), s -> s.year(financialYear).provisional());
    }

    /** The year so far at the end of {@code upTo}, as every published document prints it (see {@link #value}). */
    public String yearToDate(MeasureSeries series, Quarter upTo) {
        if (quarterlyCount(series)) {
            return marked(publishedYear(series, upTo.financialYear()).yearToDate(partOf(series), upTo.number()),
                    series.yearToDate(upTo));
        }
        return shown(series, s -> s.yearToDate(upTo).value(), s -> s.yearToDate(upTo).provisional());
    }

    /** A breakdown's parts and total for a financial year, as {@link #year} prints each part, without the provisional mark. */
    public List<String> yearWithTotal(List<MeasureSeries> parts, int financialYear) {
        if (parts.stream().allMatch(PublishedDataset::quarterlyCount) && breakdownOf(parts.getFirst()).equals(parts)) {
            PublishedYear published = publishedYear(parts.getFirst(), financialYear);
            List<String> shown = new ArrayList<>(parts.stream().map(s -> published.yearToDate(partOf(s), 4)).toList());
            shown.add(published.total());
            return shown;
        }
        return figures.withTotal(parts.stream().map(MeasureSeries::measure).toList(),
                parts.stream().map(s -> s.year(financialYear).value()).toList());
    }

    /** Counts of people collected each quarter: their quarters add up to years a reader could subtract. */
    private static boolean quarterlyCount(MeasureSeries series) {
        return series.measure().countsPeople() && series.measure().collection() == CollectionFrequency.QUARTERLY;
    }

    /** The year's figures of the whole a count belongs to, if every part of it is a quarterly count. */
    private PublishedYear publishedYear(MeasureSeries series, int financialYear) {
        List<MeasureSeries> whole = breakdownOf(series).stream().allMatch(PublishedDataset::quarterlyCount)
                ? breakdownOf(series) : List.of(series);
        String key = whole.stream().map(s -> Long.toString(s.id())).toList() + "/" + financialYear;
        return years.computeIfAbsent(key, k -> new PublishedYear(whole.stream().map(MeasureSeries::measure).toList(),
                whole.stream().map(s -> quarters(s, financialYear)).toList(), smallNumbers));
    }

    private int partOf(MeasureSeries series) {
        List<MeasureSeries> whole = breakdownOf(series);
        return whole.stream().allMatch(PublishedDataset::quarterlyCount) ? whole.indexOf(series) : 0;
    }

    private static Map<Integer, BigDecimal> quarters(MeasureSeries series, int financialYear) {
        Map<Integer, BigDecimal> quarters = new HashMap<>();
        for (int q = 1; q <= 4; q++) {
            quarters.put(q, series.value(new DataPeriod(financialYear, q)));
        }
        return quarters;
    }

    private static String marked(String shown, YearValue value) {
        return value.provisional() ? shown + PublishedFigures.PROVISIONAL : shown;
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
