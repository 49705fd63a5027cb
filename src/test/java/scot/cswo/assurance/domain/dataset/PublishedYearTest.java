package scot.cswo.assurance.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A year of quarterly counts as the published documents print it: the quarters (the packs), each
 * year so far (the packs), the year and a breakdown's total (the annual report). A small count is
 * protected when a year whose small count differs prints exactly the same figures: no reader can
 * tell the two apart by adding and subtracting.
 */
class PublishedYearTest {
    private static final SmallNumbers SMALL = new SmallNumbers(4);

    private static Measure measure(Aggregation aggregation, String breakdown) {
        return new Measure("Measure " + breakdown, "children", "", "", "", CollectionFrequency.QUARTERLY,
                Polarity.CONTEXT_ONLY, aggregation, true, breakdown);
    }

    private static Map<Integer, BigDecimal> quarters(Integer... values) {
        Map<Integer, BigDecimal> quarters = new HashMap<>();
        for (int q = 0; q < values.length; q++) {
            quarters.put(q + 1, values[q] == null ? null : BigDecimal.valueOf(values[q]));
        }
        return quarters;
    }

    /** Every figure printed of the year, in a fixed order: each part's quarters and years so far, then the total. */
    private static List<String> printed(Aggregation aggregation, List<Map<Integer, BigDecimal>> parts) {
        List<Measure> measures = parts.stream().map(p -> measure(aggregation, parts.size() > 1 ? "Whole" : "")).toList();
        PublishedYear year = new PublishedYear(measures, parts, SMALL);
        List<String> printed = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            for (int q = 1; q <= 4; q++) {
                printed.add(year.quarter(p, q));
                printed.add(year.yearToDate(p, q));
            }
        }
        printed.add(year.total());
        return printed;
    }

    private static PublishedYear single(Aggregation aggregation, Integer... quarters) {
        return new PublishedYear(List.of(measure(aggregation, "")), List.of(quarters(quarters)), SMALL);
    }

    private static List<String> printed(Aggregation aggregation, Map<Integer, BigDecimal> quarters) {
        return printed(aggregation, List.of(quarters));
    }

    @Test
    void aSmallQuarterCannotBeWorkedOutFromTheYearLessTheOtherQuarters() {
        List<String> printed = printed(Aggregation.SUM, quarters(50, 3, 40, 60));

        assertThat(printed).isEqualTo(printed(Aggregation.SUM, quarters(50, 2, 41, 60)));
        assertThat(printed).contains("<5", "153");
    }

    @Test
    void theYearIsStillPrintedWhenASmallQuarterIsProtected() {
        PublishedYear year = single(Aggregation.SUM, 50, 3, 40, 60);

        assertThat(year.quarter(0, 2)).isEqualTo("<5");
        assertThat(year.yearToDate(0, 4)).isEqualTo("153");
    }

    @Test
    void anEarlierQuarterStaysAsItsOwnPackPrintedItBeforeTheSmallCountCame() {
        PublishedYear year = single(Aggregation.SUM, 50, 3, 40, 60);

        // The first quarter's pack printed 50 in July; hiding it in October's pack would not take it back.
        assertThat(year.quarter(0, 1)).isEqualTo("50");
        assertThat(year.yearToDate(0, 1)).isEqualTo("50");
        assertThat(year.yearToDate(0, 2)).isEqualTo(SmallNumbers.CONFIDENTIAL);
    }

    @Test
    void aFigurePrintedTwiceIsHiddenInBothPlaces() {
        PublishedYear year = single(Aggregation.SUM, 3, 50, 40, 60);

        // The first quarter and the year so far at its end are the same figure.
        assertThat(year.quarter(0, 1)).isEqualTo("<5");
        assertThat(year.yearToDate(0, 1)).isEqualTo("<5");
    }

    @Test
    void aYearWithoutASmallCountHidesNothing() {
        assertThat(printed(Aggregation.SUM, quarters(50, 30, 40, 60)))
                .containsExactly("50", "50", "30", "80", "40", "120", "60", "180", "[x]");
    }

    @Test
    void aSmallQuarterInAYearStillUnderWayCannotBeWorkedOutFromTheYearSoFar() {
        List<String> printed = printed(Aggregation.SUM, quarters(50, 3, null, null));

        assertThat(printed).isEqualTo(printed(Aggregation.SUM, quarters(50, 1, null, null)));
    }

    @Test
    void anAverageGivesAwayWhatItsSumWould() {
        List<String> printed = printed(Aggregation.AVERAGE, quarters(20, 3, 21, 24));

        assertThat(printed).isEqualTo(printed(Aggregation.AVERAGE, quarters(20, 2, 22, 24)));
    }

    @Test
    void aPositionAtYearEndIsItsLastQuarterAndIsHiddenAsThatQuarterIs() {
        PublishedYear year = single(Aggregation.LAST, 20, 25, 22, 3);

        assertThat(year.quarter(0, 4)).isEqualTo("<5");
        assertThat(year.yearToDate(0, 4)).isEqualTo("<5");
        assertThat(year.quarter(0, 3)).isEqualTo("22");
    }

    @Test
    void aSmallPartCannotBeWorkedOutFromItsQuartersTheYearOrTheTotal() {
        List<String> printed = printed(Aggregation.SUM, List.of(quarters(10, 2, 12, 11), quarters(30, 31, 29, 33)));

        assertThat(printed).isEqualTo(printed(Aggregation.SUM, List.of(quarters(10, 3, 11, 11), quarters(30, 31, 29, 33))));
        assertThat(printed.getLast()).isEqualTo("158");
    }

    @Test
    void aSmallPartAtYearEndHidesTheNextSmallestPartAsEveryBreakdownTableDoes() {
        PublishedYear year = new PublishedYear(List.of(measure(Aggregation.LAST, "Whole"), measure(Aggregation.LAST,
                "Whole"), measure(Aggregation.LAST, "Whole")), List.of(quarters(null, null, null, 90),
                quarters(null, null, null, 3), quarters(null, null, null, 170)), SMALL);

        assertThat(List.of(year.yearToDate(0, 4), year.yearToDate(1, 4), year.yearToDate(2, 4), year.total()))
                .containsExactly("[c]", "<5", "170", "263");
    }
}
