package scot.cswo.assurance.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

class DueCalendarTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Dundee.open(dir, TODAY);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<VEvent> events(String ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar.getComponents("VEVENT");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private List<VEvent> of(List<VEvent> events, String ref) {
        return events.stream().filter(e -> value(e, "SUMMARY").startsWith("Assurance due: " + ref + " ")).toList();
    }

    @Test
    void aLeadsCalendarHasAnAllDayEventForEachDueDateOfTheNextTwelveMonths() throws Exception {
        Lead kathryn = workspace.calendar().lead("kathryn sharp");

        List<VEvent> events = events(workspace.calendar().ics(Optional.of(kathryn)));

        assertThat(of(events, "F1.5")).extracting(e -> value(e, "DTSTART"))
                .containsExactly("20251231", "20260331", "20260630", "20260930");
        assertThat(of(events, "F1.5").getFirst().getProperty("DTSTART").orElseThrow().getParameter("VALUE")
                .orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(events).allSatisfy(e -> assertThat(value(e, "DESCRIPTION")).contains("Kathryn Sharp"));
        assertThat(events).noneMatch(e -> value(e, "SUMMARY").contains("F1.3 "));
    }

    @Test
    void anEventDescribesTheMechanismItsRefsFunctionsAndPeriod() throws Exception {
        VEvent first = of(events(workspace.calendar().ics(Optional.empty())), "F1.5").getFirst();

        assertThat(value(first, "DESCRIPTION")).contains("Regular meetings with Independent Chairs", "Ref: F1.5",
                "Function 1: Provide appropriate professional advice", "Frequency: Quarterly",
                "Period: Oct–Dec 2025", "Due: 31/12/2025");
    }

    @Test
    void aDueDateKeepsItsIdentityWhenTheFrameworkIsCopiedToANewPeriodSoOutlookUpdatesRatherThanDuplicates()
            throws Exception {
        List<VEvent> before = of(events(workspace.calendar().ics(Optional.empty())), "F1.5");
        long framework = workspace.matrix().matrix().framework().id();

        workspace.editor().copyToNewPeriod(framework, new FrameworkDetails("CSWO Governance Framework",
                "Dundee City Council", "2026-2030", LocalDate.of(2026, 4, 1), Month.APRIL, 0));

        List<VEvent> after = of(events(workspace.calendar().ics(Optional.empty())), "F1.5");
        assertThat(workspace.matrix().matrixOn(LocalDate.of(2026, 6, 30)).framework().id()).isNotEqualTo(framework);
        assertThat(after).extracting(e -> value(e, "DTSTART")).contains("20260630", "20260930");
        assertThat(after).extracting(e -> value(e, "UID"))
                .isEqualTo(before.stream().map(e -> value(e, "UID")).toList()).doesNotHaveDuplicates();
    }

    @Test
    void everyDueDateHasItsOwnIdentity() throws Exception {
        assertThat(events(workspace.calendar().ics(Optional.empty()))).extracting(e -> value(e, "UID"))
                .doesNotHaveDuplicates();
    }

    @Test
    void meetingCycleItemsFallOnTheirMeetingDates() throws Exception {
        workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2026, 1, 15));

        List<VEvent> events = events(workspace.calendar().ics(Optional.empty()));

        assertThat(of(events, "F1.7")).extracting(e -> value(e, "DTSTART")).containsExactly("20260115");
    }

    @Test
    void theFileIsWrittenWholeAndLongLinesAreFoldedAsTheStandardRequires() throws Exception {
        Path file = dir.resolve("due.ics");

        int count = workspace.calendar().write(file, Optional.empty());

        String ics = Files.readString(file);
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n").startsWith("BEGIN:VCALENDAR\r\n");
        assertThat(events(ics)).hasSize(count).hasSizeGreaterThan(100);
    }

    @Test
    void anUnknownLeadIsRefusedNamingTheLeadsThereAre() {
        assertThatThrownBy(() -> workspace.calendar().lead("Kathryn Sharpe"))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.getMessage())
                        .contains("Lead \"Kathryn Sharpe\"", "Kathryn Sharp;"));
    }
}
