package scot.cswo.assurance.service.report;

import java.time.LocalDate;
import java.util.List;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.action.ActionService.ActionLine;

/**
 * Everything a quarterly business review pack shows.
 *
 * @param asOf       the quarter's last day, or today for the quarter under way
 * @param year       the financial year so far, as at {@code asOf}: the matrix, statuses and dataset
 * @param missed     periods that ended in the quarter unassured, and mechanisms overdue at {@code asOf}
 * @param actionsDue open actions overdue or due by the end of the next quarter, most urgent first
 */
public record QuarterlyReviewData(Quarter quarter, LocalDate asOf, AnnualReportData year,
                                  List<AnnualReportData.Exception> missed, List<ActionLine> actionsDue) {

    /** The pack looks ahead one quarter: open actions due by the end of the next one are listed. */
    public LocalDate actionsDueBy() {
        return dueBy(quarter);
    }

    static LocalDate dueBy(Quarter quarter) {
        return quarter.next().end();
    }

    /** Whether the quarter has ended, so its figures are final. */
    public boolean ended() {
        return asOf.equals(quarter.end());
    }
}
