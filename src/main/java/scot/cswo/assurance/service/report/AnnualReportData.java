package scot.cswo.assurance.service.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.report.ExceptionNote;
import scot.cswo.assurance.domain.report.ReportPicture;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportTemplate;
import scot.cswo.assurance.domain.report.Resources;
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
 * @param pictures      the narratives' pictures, by id
 * @param headings      every section's heading, the framework's wording where it renamed one
 * @param nameLeads     "Name leads" ticked on the cover details: officers are printed by name, not post
 * @param dataset       the CSWO dataset with small-number suppression applied
 * @param actions       every improvement action with its status at the report date
 * @param template      the framework's report template: its chapters' order and which it hides
 * @param resources     the year's Resources table as the office filled it in
 */
public record AnnualReportData(ReportYear year, Period period, LocalDate asOf, AssuranceMatrix matrix,
                               StatusBoard position, YearReview review, List<EvidenceEntry> evidenceLog,
                               Map<Long, EventLog> eventDriven, List<Exception> exceptions, Map<String, String> texts,
                               Map<Long, ReportPicture> pictures,
                               Map<ReportSection, String> headings, boolean nameLeads, KeyFigures figures,
                               PublishedDataset dataset, List<ActionLine> actions, ReportTemplate template,
                               Resources resources) {

    /** How an action's lead is published when no job title is known for them. */
    private static final String ACTION_POST = "Lead officer for the action";

    /** What an event-driven mechanism logged in the year. */
    public record EventLog(int occurrences, int nothingToReportReturns) {
    }

    /**
     * The year's event counts as every published document prints them (see
     * {@link scot.cswo.assurance.domain.dataset.PublishedFigures#events}).
     *
     * @param byMechanism per event-driven mechanism id, in id order
     * @param total       all of them together
     */
    public record PublishedEvents(Map<Long, String> byMechanism, String total) {
        public PublishedEvents {
            byMechanism = Collections.unmodifiableMap(new LinkedHashMap<>(byMechanism));
        }
    }

    /**
     * A missed period, or a mechanism overdue at the report date, with the reason and action recorded.
     *
     * @param note null when no reason has been recorded yet
     */
    public record Exception(Mechanism mechanism, List<MatrixRow> rows, Period period, boolean overdueAtYearEnd,
                            ExceptionNote note) {
        /** A reason and an action are recorded: the period can be published in the Exceptions section. */
        public boolean explained() {
            return note != null && !note.action().isBlank();
        }
    }

    /**
     * The year in numbers, counted by matrix row like the function tables they sum.
     *
     * @param scheduled           rows with at least one period due in the year so far
     * @param assuredEveryPeriod  of those, how many were assured (or not applicable) in every period due
     * @param periods             the periods of every row: assured, not applicable, missed, not yet due
     * @param overdue             rows overdue at the report date
     */
    public record KeyFigures(int scheduled, int assuredEveryPeriod, YearReview.Tally periods, int overdue) {
    }

    public PublishedEvents publishedEvents() {
        List<Long> ids = eventDriven.keySet().stream().sorted().toList();
        List<String> shown = dataset.figures().events(ids.stream()
                .map(id -> (long) eventDriven.get(id).occurrences()).toList());
        Map<Long, String> byMechanism = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byMechanism.put(ids.get(i), shown.get(i));
        }
        return new PublishedEvents(byMechanism, shown.getLast());
    }

    public String heading(ReportSection section) {
        return headings.get(section);
    }

    public String text(String key) {
        return texts.getOrDefault(key, "");
    }

    /** The leads of a row as published: by post ("Lead officer for Function 3") unless names are asked for. */
    public String leads(MatrixRow row) {
        String post = "Lead officer for Function " + row.function().number();
        return row.mechanism().leads().stream().map(l -> l.published(nameLeads, post)).distinct()
                .collect(Collectors.joining(" / "));
    }

    /**
     * An improvement action's lead as published. The tracker records a lead as typed, so it is
     * matched to the matrix's leads by name; one not found there may be a person and is printed
     * only when names are asked for, unless it is a job title in the matrix.
     */
    public String actionLead(String lead) {
        if (lead.isBlank()) {
            return "Not assigned";
        }
        return known(lead).map(l -> l.published(nameLeads, ACTION_POST))
                .orElse(nameLeads || isJobTitle(lead) ? lead : ACTION_POST);
    }

    /**
     * The personal names the report would print: officers leading a mechanism or an action, when
     * "Name leads" is ticked; none otherwise.
     */
    /**
     * Officers with no job title recorded, whom the report can show only as "Lead officer for
     * Function N" (so two of them under one function read as one), while names are not printed.
     */
    public List<String> leadsWithoutAPost() {
        if (nameLeads) {
            return List.of();
        }
        return matrix.leads().stream().filter(l -> !l.role() && (l.jobTitle() == null || l.jobTitle().isBlank()))
                .map(Lead::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    public List<String> printedNames() {
        if (!nameLeads) {
            return List.of();
        }
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        matrix.leads().stream().filter(l -> !l.role()).forEach(l -> names.add(l.name()));
        actions.stream().map(l -> l.tracked().action().lead().strip())
                .filter(lead -> !lead.isBlank() && !isJobTitle(lead) && known(lead).map(l -> !l.role()).orElse(true))
                .forEach(names::add);
        return List.copyOf(names);
    }

    private Optional<Lead> known(String lead) {
        return matrix.leads().stream().filter(l -> l.name().equalsIgnoreCase(lead.strip())).findFirst();
    }

    private boolean isJobTitle(String lead) {
        return matrix.leads().stream().anyMatch(l -> l.jobTitle() != null && l.jobTitle().equalsIgnoreCase(lead.strip()));
    }

    /** The report's date: 31 March for a closed year. */
    public boolean yearClosed() {
        return !asOf.isBefore(period.end());
    }
}
