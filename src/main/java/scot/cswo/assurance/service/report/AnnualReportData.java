package scot.cswo.assurance.service.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.report.ExceptionNote;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.evidence.EvidenceEntry;

/**
 * Everything the annual report shows for one financial year, computed by the same services as the
 * screens.
 *
 * @param position      the statuses as at the report date (31 March, or an earlier "as of" date)
 * @param review        every period due in the year and whether it was assured
 * @param evidenceLog   evidence dated in the year, up to the report date, oldest first
 * @param eventDriven   per event-driven mechanism id: occurrences and "nothing to report" returns in the year
 * @param texts         narratives and cover details, by key
 * @param headings      every section's heading, the framework's wording where it renamed one
 * @param dataset       the CSWO dataset with small-number suppression applied
 * @param actions       every improvement action with its status at the report date
 */
public record AnnualReportData(ReportYear year, Period period, LocalDate asOf, AssuranceMatrix matrix,
                               StatusBoard position, YearReview review, List<EvidenceEntry> evidenceLog,
                               Map<Long, EventLog> eventDriven, List<Exception> exceptions, Map<String, String> texts,
                               Map<ReportSection, String> headings, boolean leadsByJobTitle, KeyFigures figures,
                               PublishedDataset dataset, List<ActionLine> actions) {

    /** What an event-driven mechanism logged in the year. */
    public record EventLog(int occurrences, int nothingToReportReturns) {
    }

    /**
     * A missed period, or a mechanism overdue at the report date, with the reason and action recorded.
     *
     * @param note null when no reason has been recorded yet
     */
    public record Exception(Mechanism mechanism, List<MatrixRow> rows, Period period, boolean overdueAtYearEnd,
                            ExceptionNote note) {
    }

    /**
     * The year in numbers, counted by matrix row like the function tables they sum.
     *
     * @param scheduled           rows with at least one period due in the year so far
     * @param assuredEveryPeriod  of those, how many were assured (or not applicable) in every period due
     * @param periods             the periods of every row: assured, not applicable, missed, not yet due
     * @param overdue             rows overdue at the report date
     */
    public record KeyFigures(int scheduled, int assuredEveryPeriod, YearReview.Tally periods, int overdue,
                             int occurrencesLogged) {
    }

    public String heading(ReportSection section) {
        return headings.get(section);
    }

    public String text(String key) {
        return texts.getOrDefault(key, "");
    }

    /** How a lead is named in the published report: job title where recorded (by default), else name. */
    public String leadName(Lead lead) {
        return lead.displayName(leadsByJobTitle);
    }

    /** The report's date: 31 March for a closed year. */
    public boolean yearClosed() {
        return !asOf.isBefore(period.end());
    }
}
