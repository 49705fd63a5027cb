package scot.cswo.assurance.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A measure's values give the year so far and its rating against the year's target. */
class MeasureSeriesTest {

    private static Measure quarterly(Polarity polarity, Aggregation aggregation) {
        return new Measure("Measure", "children", "", "", "", CollectionFrequency.QUARTERLY, polarity, aggregation,
                true, "");
    }

    private static MeasureSeries series(Measure measure, Map<DataPeriod, Integer> values, Target target) {
        TreeMap<DataPeriod, BigDecimal> entered = new TreeMap<>();
        values.forEach((p, v) -> entered.put(p, BigDecimal.valueOf(v)));
        return new MeasureSeries(1, measure, entered, target == null ? Map.of() : Map.of(2025, target), 0);
    }

    private static DataPeriod q(int number) {
        return new DataPeriod(2025, number);
    }

    private static Target target(int value, int tolerance) {
        return new Target(BigDecimal.valueOf(value), BigDecimal.valueOf(tolerance));
    }

    @Test
    void aTotalSoFarAddsTheQuartersUpToTheOneAskedFor() {
        MeasureSeries s = series(quarterly(Polarity.CONTEXT_ONLY, Aggregation.SUM), Map.of(q(1), 10, q(2), 12, q(3), 9),
                null);

        assertThat(s.yearToDate(new Quarter(2025, 2)).value()).isEqualByComparingTo("22");
        assertThat(s.yearToDate(new Quarter(2025, 2)).complete()).isTrue();
        assertThat(s.year(2025).complete()).isFalse();
    }

    @Test
    void aPositionSoFarIsTheQuartersOwnAndIncompleteWhenThatQuarterIsMissing() {
        MeasureSeries s = series(quarterly(Polarity.CONTEXT_ONLY, Aggregation.LAST), Map.of(q(1), 40), null);

        assertThat(s.yearToDate(new Quarter(2025, 1)).value()).isEqualByComparingTo("40");
        assertThat(s.yearToDate(new Quarter(2025, 2)).complete()).isFalse();
    }

    @Test
    void aTotalIsRatedAgainstTheTargetProRata() {
        // Lower is better; year target 100 with tolerance 8: after two quarters, 50 with tolerance 4.
        Measure lower = quarterly(Polarity.LOWER_IS_BETTER, Aggregation.SUM);

        assertThat(series(lower, Map.of(q(1), 25, q(2), 25), target(100, 8)).rag(new Quarter(2025, 2)))
                .isEqualTo(Rag.GREEN);
        assertThat(series(lower, Map.of(q(1), 25, q(2), 29), target(100, 8)).rag(new Quarter(2025, 2)))
                .isEqualTo(Rag.AMBER);
        assertThat(series(lower, Map.of(q(1), 25, q(2), 30), target(100, 8)).rag(new Quarter(2025, 2)))
                .isEqualTo(Rag.RED);
    }

    @Test
    void anAverageIsRatedAgainstTheTargetItself() {
        Measure caseload = quarterly(Polarity.LOWER_IS_BETTER, Aggregation.AVERAGE);

        assertThat(series(caseload, Map.of(q(1), 24, q(2), 26), target(24, 1)).rag(new Quarter(2025, 2)))
                .isEqualTo(Rag.AMBER);
    }

    @Test
    void anAnnualMeasureIsRatedOnItsYearsValueWhicheverQuarterIsAsked() {
        Measure turnover = new Measure("Turnover", "%", "", "", "", CollectionFrequency.ANNUAL,
                Polarity.LOWER_IS_BETTER, null, false, "");
        MeasureSeries s = series(turnover, Map.of(DataPeriod.year(2025), 12), target(10, 1));

        assertThat(s.year(2025).complete()).isTrue();
        assertThat(s.rag(new Quarter(2025, 1))).isEqualTo(Rag.RED);
    }

    @Test
    void aQuarterWithoutAValueIsNotRated() {
        MeasureSeries s = series(quarterly(Polarity.HIGHER_IS_BETTER, Aggregation.AVERAGE), Map.of(), target(80, 5));

        assertThat(s.rag(new Quarter(2025, 1))).isEqualTo(Rag.NOT_RATED);
    }

    @Test
    void measuresWithFiguresButNoTargetAreCountedAsNotRatedAndContextOnlyOnesNotAtAll() {
        Measure lower = quarterly(Polarity.LOWER_IS_BETTER, Aggregation.SUM);
        MeasureSeries noFigures = series(lower, Map.of(), target(100, 8));
        MeasureSeries noTarget = series(lower, Map.of(q(1), 25), null);
        MeasureSeries rated = series(lower, Map.of(q(1), 25), target(100, 8));
        MeasureSeries contextOnly = series(quarterly(Polarity.CONTEXT_ONLY, Aggregation.SUM), Map.of(q(1), 5), null);

        DatasetCoverage coverage = DatasetCoverage.of(List.of(noFigures, noTarget, rated, contextOnly),
                new Quarter(2025, 1));

        assertThat(coverage).isEqualTo(new DatasetCoverage(3, 2, 1));
        assertThat(coverage.figuresWithoutTarget()).isEqualTo(1);
    }
}
