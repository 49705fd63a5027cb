package scot.cswo.assurance.service.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.report.ReportSection;

/**
 * What stands in the way of publishing a year's annual report, from the data it is printed from:
 * sections not written, officers' names that would be printed, provisional figures, mechanisms that
 * report to meetings none of which is entered for the year, and missed periods without a reason or
 * an action. Until it passes, the report is a draft.
 */
public record PublicationCheck(List<String> problems) {
    public PublicationCheck {
        problems = List.copyOf(problems);
    }

    public static PublicationCheck of(AnnualReportData data) {
        List<String> problems = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (section.narrative() && data.template().prints(section) && data.text(section.textKey()).isBlank()) {
                problems.add("The section \"" + data.heading(section) + "\" has not been written.");
            }
        }
        List<String> names = data.printedNames();
        if (!names.isEmpty()) {
            problems.add("\"Name leads\" is ticked, so these names would be printed: " + String.join(", ", names)
                    + ".");
        }
        List<String> withoutAPost = data.leadsWithoutAPost();
        if (!withoutAPost.isEmpty()) {
            problems.add(withoutAPost.size() + (withoutAPost.size() == 1 ? " lead has" : " leads have")
                    + " no job title, so the report can call them only \"Lead officer for\" their function: "
                    + String.join(", ", withoutAPost) + ". Add their job titles (Framework > Leads).");
        }
        for (int year : data.dataset().years(data.year().startYear())) {
            for (MeasureSeries series : data.dataset().measures()) {
                if (series.year(year).provisional()) {
                    problems.add("The " + DataPeriod.year(year).label() + " figure for " + series.measure().name()
                            + " is provisional: not every quarter it needs has been entered.");
                }
            }
        }
        data.review().withoutMeetings().forEach((series, rows) -> problems.add("No " + series.title()
                + " meeting is entered for " + data.year().label() + ", so the report counts nothing due for "
                + rows.stream().map(r -> r.ref().text()).collect(Collectors.joining(", "))
                + (rows.size() == 1 ? ", which reports" : ", which report") + " to it. Add its meeting dates"
                + " (Meetings) if it met in the year."));
        Map<Mechanism, Integer> unexplained = new LinkedHashMap<>();
        Map<Mechanism, String> refs = new LinkedHashMap<>();
        for (AnnualReportData.Exception exception : data.exceptions()) {
            if (!exception.explained()) {
                unexplained.merge(exception.mechanism(), 1, Integer::sum);
                refs.put(exception.mechanism(), exception.rows().stream().map(r -> r.ref().text())
                        .collect(Collectors.joining(", ")));
            }
        }
        unexplained.forEach((mechanism, count) -> problems.add(refs.get(mechanism) + " " + mechanism.description()
                + ": " + (count == 1 ? "a missed period has" : count + " missed periods have")
                + " no reason or no action recorded."));
        return new PublicationCheck(problems);
    }

    /** Nothing stands in the way: the report can be published as final. */
    public boolean passed() {
        return problems.isEmpty();
    }
}
