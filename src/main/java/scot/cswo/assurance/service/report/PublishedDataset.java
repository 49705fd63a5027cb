package scot.cswo.assurance.service.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.dataset.PublishedFigures;

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
}
