package scot.cswo.assurance.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.testing.Dundee;

/**
 * A closed year in which no meeting of a series was entered has nothing due for the mechanisms that
 * report to it, so its report would show them as "0 of 0": the publication check says so, by name,
 * until the meeting dates are entered. Dundee's framework is tracked from 1 April 2024.
 */
class MeetingsMissingFromTheYearTest {
    private static final ReportYear YEAR = new ReportYear(2024);

    @TempDir
    Path dir;

    private Workspace open() {
        return Dundee.open(dir, LocalDate.of(2025, 6, 15), new Identity("COUNCIL\\office"), LocalDate.of(2024, 4, 1));
    }

    @Test
    void aSeriesWithNoMeetingInTheYearStandsInTheWayNamingTheMechanismsThatReportToIt() {
        try (Workspace workspace = open()) {
            PublicationCheck check = PublicationCheck.of(workspace.report().data(YEAR, Optional.empty()));

            assertThat(check.problems()).anySatisfy(p -> assertThat(p).startsWith("No Joint Social Work Management"
                    + " Team meeting is entered for 2024-25, so the report counts nothing due for F1.7, F3.1,")
                    .endsWith(", which report to it. Add its meeting dates (Meetings) if it met in the year."));
        }
    }

    @Test
    void oneMeetingEnteredInTheYearTakesTheSeriesOffTheList() {
        try (Workspace workspace = open()) {
            workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2024, 9, 11));

            PublicationCheck check = PublicationCheck.of(workspace.report().data(YEAR, Optional.empty()));

            assertThat(check.problems()).noneMatch(p -> p.contains("Joint Social Work Management Team meeting"));
        }
    }
}
