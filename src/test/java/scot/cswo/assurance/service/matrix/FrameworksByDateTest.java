package scot.cswo.assurance.service.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.calendar.DueCalendar;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.evidence.EvidenceField;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.service.matrix.FrameworkEditor.MechanismInput;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.NextFramework;

/**
 * A framework is in force from its tracking start until the day before the next one's: importing
 * next year's framework in December changes nothing before April. Today is 4 December 2026; Dundee's
 * framework is tracked from 1 April 2026.
 */
class FrameworksByDateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);
    @TempDir
    Path dir;

    private Workspace open(LocalDate today) {
        return Dundee.open(dir, today, new Identity("COUNCIL\\tester"),
                LocalDate.of(2026, 4, 1));
    }

    private static void evidence(Workspace workspace, String ref, String date) {
        workspace.evidence().record(new Ref(ref), new EvidenceInput(LocalDate.parse(date), "Evidence " + date, null,
                null, null, null, List.of()));
    }

    /** Every row's status and why, by ref. */
    private static Map<String, String> statuses(StatusBoard board) {
        Map<String, String> shown = new LinkedHashMap<>();
        board.matrix().rows().forEach(r -> shown.put(r.ref().text(), board.status(r).status() + ": "
                + board.status(r).reason()));
        return shown;
    }

    @Test
    void importingNextYearsFrameworkChangesNoStatusRowOrEvidenceBeforeItsStart() {
        try (Workspace workspace = open(TODAY)) {
            evidence(workspace, "F1.5", "2026-05-10");
            evidence(workspace, "F9.2", "2026-11-20");
            Map<String, String> june = statuses(workspace.status().board(LocalDate.of(2026, 6, 1)));
            Map<String, String> today = statuses(workspace.status().board(TODAY));
            List<EvidenceEntry> evidence = workspace.evidence().list(Optional.empty(), true);

            NextFramework.importFrom(workspace, APRIL);

            assertThat(statuses(workspace.status().board(LocalDate.of(2026, 6, 1)))).isEqualTo(june);
            assertThat(statuses(workspace.status().board(TODAY))).isEqualTo(today).hasSize(49);
            assertThat(workspace.evidence().list(Optional.empty(), true)).isEqualTo(evidence).hasSize(2);
            assertThat(workspace.status().board(TODAY).counts().get(Status.OVERDUE)).isPositive();
        }
    }

    @Test
    void fromItsStartTheImportedFrameworkIsTheOneShown() {
        try (Workspace workspace = open(TODAY)) {
            NextFramework.importFrom(workspace, APRIL);

            AssuranceMatrix april = workspace.status().board(APRIL).matrix();
            assertThat(april.framework().periodLabel()).isEqualTo("2027-2031");
            assertThat(april.rows()).extracting(r -> r.ref().text()).containsExactly("F1.1", "F1.2", "F2.1");
            assertThat(workspace.matrix().matrixOn(APRIL.minusDays(1)).rows()).hasSize(49);
            assertThat(workspace.matrix().timeline().startingAfter(TODAY)).singleElement()
                    .satisfies(f -> assertThat(f.trackingStart()).isEqualTo(APRIL));
        }
    }

    @Test
    void evidenceOnTheCommandLineGoesToTheFrameworkInForceOnItsDate() {
        try (Workspace workspace = open(TODAY)) {
            NextFramework.importFrom(workspace, APRIL);

            evidence(workspace, "F1.2", "2026-11-20");

            assertThat(workspace.evidence().list(TODAY, Optional.of(new Ref("F1.2")), EvidenceService.Shown.CURRENT))
                    .singleElement().satisfies(e -> assertThat(e.mechanism().description())
                            .isEqualTo("Membership of/access to Council Management Team"));
            assertThat(workspace.evidence().list(APRIL, Optional.empty(), EvidenceService.Shown.ALL)).isEmpty();
        }
    }

    @Test
    void evidenceDatedInAnotherFrameworksYearsIsRefusedWithWhereItBelongs() {
        try (Workspace workspace = open(TODAY)) {
            NextFramework.importFrom(workspace, APRIL);
            long next = workspace.matrix().matrixOn(APRIL).framework().id();

            assertThatThrownBy(() -> workspace.evidence().record(next, new Ref("F1.1"), new EvidenceInput(
                    LocalDate.of(2026, 11, 20), "Peer review held", null, null, null, null, List.of())))
                    .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.column()).isEqualTo(EvidenceField.ACTIVITY_DATE.label());
                                assertThat(p.message()).contains("the framework in force then", "2018-2026");
                            }));
            assertThat(workspace.evidence().list(APRIL, Optional.empty(), EvidenceService.Shown.ALL)).isEmpty();
        }
    }

    @Test
    void aFrameworkStartingLaterInTheYearChangesNoReportOrPackBeforeItsStart() {
        try (Workspace workspace = open(TODAY)) {
            String inForce = workspace.matrix().matrix().framework().name();

            NextFramework.importFrom(workspace, LocalDate.of(2027, 1, 1));

            assertThat(workspace.report().quarterly(new Quarter(2026, 2)).year().matrix().framework().name())
                    .isEqualTo(inForce);
            assertThat(workspace.report().data(new ReportYear(2026), Optional.empty()).matrix().rows()).hasSize(49);
        }
    }

    @Test
    void aDateUnderTheEarlierFrameworkIsSaidToBelongThereAsItIsTyped() {
        try (Workspace workspace = open(TODAY)) {
            NextFramework.importFrom(workspace, APRIL);
            long next = workspace.matrix().frameworks().stream().filter(f -> f.name().equals(NextFramework.NAME))
                    .findFirst().orElseThrow().id();

            EvidenceService.Counting counting = workspace.evidence().whereItCounts(next, new Ref("F1.1"),
                    LocalDate.of(2026, 11, 20));

            assertThat(counting.kind()).isEqualTo(EvidenceService.Counting.Kind.ELSEWHERE);
            assertThat(counting.elsewhere()).startsWith("This falls under \"Chief Social Work Officer Governance Framework")
                    .contains("look at 20/11/2026 (As of)");
        }
    }

    @Test
    void aDateStillToComeIsSaidToBeInTheFutureNotToCountForAPeriod() {
        try (Workspace workspace = open(TODAY)) {
            long current = workspace.matrix().matrix().framework().id();

            assertThat(workspace.evidence().whereEvidenceCounts(current, new Ref("F1.5"), TODAY.plusDays(1)).kind())
                    .isEqualTo(EvidenceService.Counting.Kind.FUTURE);
            assertThat(workspace.evidence().whereEvidenceCounts(current, new Ref("F1.5"), TODAY).kind())
                    .isEqualTo(EvidenceService.Counting.Kind.PERIOD);
        }
    }

    @Test
    void anImportThatWouldLeaveEvidenceUnderNoFrameworkIsRefusedAndChangesNothing() {
        try (Workspace workspace = open(TODAY)) {
            evidence(workspace, "F9.2", "2026-11-20");

            assertThatThrownBy(() -> NextFramework.importFrom(workspace, LocalDate.of(2026, 10, 1)))
                    .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                            .extracting(Problem::field).containsExactly(FrameworkField.TRACKING_START));
            assertThat(workspace.matrix().frameworks()).hasSize(1);
        }
    }

    @Test
    void aSecondFrameworkStartingOnTheSameDayIsRefusedAndChangesNothing() {
        try (Workspace workspace = open(TODAY)) {
            NextFramework.importFrom(workspace, APRIL);

            assertThatThrownBy(() -> NextFramework.importFrom(workspace, APRIL))
                    .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> assertThat(p.message())
                                    .contains("already comes into force on 01/04/2027")));
            long current = workspace.matrix().matrix().framework().id();
            assertThatThrownBy(() -> workspace.editor().copyToNewPeriod(current, new FrameworkDetails("Copy",
                    "Dundee City Council", "2027-2031", APRIL, Month.APRIL, 0)))
                    .isInstanceOf(InvalidDataException.class);
            assertThat(workspace.matrix().frameworks()).hasSize(2);
        }
    }

    @Test
    void aFrameworkIsKeptAsItWasOnceTheNextIsInForce() {
        long old;
        try (Workspace workspace = open(TODAY)) {
            NextFramework.importFrom(workspace, APRIL);
            old = workspace.matrix().matrix().framework().id();
        }
        try (Workspace workspace = open(APRIL.plusDays(1))) {
            Mechanism ijb = workspace.matrix().matrixOf(old).row(new Ref("F1.3")).orElseThrow().mechanism();

            assertThatThrownBy(() -> workspace.editor().editMechanism(old, ijb.id(), ijb.version(),
                    new MechanismInput("IJB membership", "Jane Martin", "2 monthly", null)))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("kept as it was");
        }
    }

    @Test
    void theFrameworkPreparedInAdvanceCanBeEditedBeforeItStarts() {
        try (Workspace workspace = open(TODAY)) {
            NextFramework.importFrom(workspace, APRIL);
            AssuranceMatrix next = workspace.matrix().matrixOn(APRIL);
            MatrixRow row = next.row(new Ref("F1.1")).orElseThrow();

            workspace.editor().editMechanism(next.framework().id(), row.mechanism().id(), row.mechanism().version(),
                    new MechanismInput("Peer review of professional advice", "Jane Martin", "Quarterly", null));

            assertThat(workspace.matrix().matrixOn(APRIL).row(new Ref("F1.1")).orElseThrow().mechanism().description())
                    .isEqualTo("Peer review of professional advice");
            assertThat(workspace.matrix().matrix().row(new Ref("F1.1")).orElseThrow().mechanism().description())
                    .startsWith("Consultation on");
        }
    }

    @Test
    void aMeetingEnteredOnceSchedulesEveryFramework() {
        try (Workspace workspace = open(TODAY)) {
            NextFramework.importFrom(workspace, APRIL);

            workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2027, 5, 12));

            StatusBoard may = workspace.status().board(LocalDate.of(2027, 4, 20));
            assertThat(may.status(may.matrix().row(new Ref("F2.1")).orElseThrow()).status())
                    .isNotEqualTo(Status.NO_SCHEDULE);
            StatusBoard january = workspace.status().board(LocalDate.of(2027, 1, 5));
            assertThat(january.status(january.matrix().row(new Ref("F1.7")).orElseThrow()).status())
                    .isNotEqualTo(Status.NO_SCHEDULE);
        }
    }

    @Test
    void theOutlookCalendarGivesEachDueDateUnderTheFrameworkInForceOnIt() {
        try (Workspace workspace = open(TODAY)) {
            NextFramework.importFrom(workspace, APRIL);

            List<DueCalendar.Due> dues = workspace.calendar().dueDates(Optional.empty());

            assertThat(dues).filteredOn(d -> d.date().isBefore(APRIL))
                    .allMatch(d -> d.mechanism().description().length() > 0 && !d.rows().getFirst().mechanism()
                            .description().equals("Peer review of advice to committees"));
            assertThat(dues).filteredOn(d -> !d.date().isBefore(APRIL)).extracting(d -> d.mechanism().description())
                    .contains("Peer review of advice to committees").doesNotContain("Access to SCRA quarterly reports");
        }
    }
}
