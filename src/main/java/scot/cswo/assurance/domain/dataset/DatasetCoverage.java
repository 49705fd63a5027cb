package scot.cswo.assurance.domain.dataset;

import java.util.List;

/**
 * How far a dataset can be rated for a quarter: how many measures are rated at all (not context
 * only), how many of those have a figure for the quarter and how many of those also have a target for
 * its year (and so are rated). What is missing follows: such measures, figures, or targets.
 */
public record DatasetCoverage(int measures, int withFigures, int rated) {

    public static DatasetCoverage of(List<MeasureSeries> dataset, Quarter quarter) {
        List<MeasureSeries> ratable = dataset.stream().filter(s -> s.measure().polarity() != Polarity.CONTEXT_ONLY)
                .toList();
        int withFigures = (int) ratable.stream().filter(s -> s.ratedValue(quarter) != null).count();
        int rated = (int) ratable.stream().filter(s -> s.rag(quarter) != Rag.NOT_RATED).count();
        return new DatasetCoverage(ratable.size(), withFigures, rated);
    }

    /** Measures with a figure for the quarter but no target for its year, so not rated. */
    public int figuresWithoutTarget() {
        return withFigures - rated;
    }
}
