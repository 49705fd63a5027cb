package scot.cswo.assurance.service.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.tasks.Task;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.testing.Dundee;

class TaskServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;

    private static Lead lead(Workspace workspace, String name) {
        return workspace.tasks().leads().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aLeadClaimsTheirAccountOnceAndThenSeesTheirTasksMostUrgentFirst() {
        try (Workspace workspace = Dundee.open(dir, TODAY, new Identity("COUNCIL\\ksharp"))) {
            assertThat(workspace.tasks().me()).isEmpty();

            workspace.tasks().claim(lead(workspace, "Kathryn Sharp").id());

            List<Task> tasks = workspace.tasks().myTasks(workspace.status().board(TODAY));
            assertThat(tasks).isNotEmpty().allSatisfy(t -> assertThat(t.mechanism().leadNames()).contains("Kathryn Sharp"));
            assertThat(tasks.getFirst().status().status()).isEqualTo(Status.OVERDUE);
            assertThat(tasks).extracting(t -> t.status().status().urgency()).isSorted();
            assertThatThrownBy(() -> workspace.tasks().claim(lead(workspace, "Jane Martin").id()))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("already linked to Kathryn Sharp");
        }
    }

    @Test
    void aLeadAlreadyLinkedToAnotherAccountCannotBeClaimed() {
        try (Workspace first = Dundee.open(dir, TODAY, new Identity("COUNCIL\\jmartin"))) {
            first.tasks().claim(lead(first, "Jane Martin").id());
        }
        try (Workspace second = Dundee.open(dir, TODAY, new Identity("COUNCIL\\someoneelse"))) {
            assertThatThrownBy(() -> second.tasks().claim(lead(second, "Jane Martin").id()))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("COUNCIL\\jmartin");
        }
    }

    @Test
    void aSharedMechanismIsOneTaskListingBothRefs() {
        try (Workspace workspace = Dundee.open(dir, TODAY, new Identity("COUNCIL\\jmartin"))) {
            workspace.tasks().claim(lead(workspace, "Jane Martin").id());

            List<Task> tasks = workspace.tasks().myTasks(workspace.status().board(TODAY));

            assertThat(tasks).filteredOn(t -> t.mechanism().description().equals("Membership of IJB"))
                    .singleElement().satisfies(t -> assertThat(t.rows()).extracting(r -> r.ref().text())
                            .containsExactly("F1.3", "F10.1"));
        }
    }

    @Test
    void aDeputySeesAnAbsentLeadsTasksAndEvidenceRecordsWhoTheyActedFor() {
        try (Workspace workspace = Dundee.open(dir, TODAY, new Identity("COUNCIL\\gmilne"))) {
            workspace.tasks().claim(lead(workspace, "Gillian Milne").id());
            workspace.tasks().markAbsent(lead(workspace, "John Cooper"), TODAY.minusDays(1), TODAY.plusDays(10),
                    lead(workspace, "Gillian Milne"));

            List<Task> tasks = workspace.tasks().myTasks(workspace.status().board(TODAY));
            assertThat(tasks).filteredOn(t -> t.actingFor() != null).singleElement().satisfies(t -> {
                assertThat(t.rows().getFirst().ref().text()).isEqualTo("F2.2");
                assertThat(t.actingFor().name()).isEqualTo("John Cooper");
            });

            Evidence saved = workspace.evidence().record(new Ref("F2.2"), new EvidenceInput(TODAY, "LAC dataset Q2",
                    null, null, null, null, List.of()));
            assertThat(saved.actingFor()).isEqualTo("John Cooper");
        }
    }

    @Test
    void aLeadCannotCoverForThemselves() {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Lead john = lead(workspace, "John Cooper");

            assertThatThrownBy(() -> workspace.tasks().markAbsent(john, TODAY, TODAY.plusDays(5), john))
                    .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> assertThat(p.message())
                                    .isEqualTo("choose someone other than the lead who is away.")));
            assertThat(workspace.tasks().absences()).isEmpty();
        }
    }

    @Test
    void aLeadIsOfferedRecordForTheirOwnAndCoveredMechanismsOnly() {
        Dundee.open(dir, TODAY).close();
        try (Workspace gillian = Dundee.open(dir, TODAY, new Identity("COUNCIL\\gmilne"))) {
            gillian.tasks().claim(lead(gillian, "Gillian Milne").id());

            assertThat(gillian.evidence().mayRecord(mechanismLedBy(gillian, "Gillian Milne"))).isTrue();
            assertThat(gillian.evidence().mayRecord(mechanismLedBy(gillian, "John Cooper"))).isFalse();
        }
        try (Workspace office = Dundee.open(dir, TODAY)) {
            office.tasks().markAbsent(lead(office, "John Cooper"), TODAY, TODAY, lead(office, "Gillian Milne"));
        }
        try (Workspace gillian = Dundee.open(dir, TODAY, new Identity("COUNCIL\\gmilne"))) {
            assertThat(gillian.evidence().mayRecord(mechanismLedBy(gillian, "John Cooper"))).isTrue();
        }
    }

    private static Mechanism mechanismLedBy(Workspace workspace, String name) {
        return workspace.matrix().matrix().mechanisms().stream()
                .filter(m -> m.leads().size() == 1 && m.leads().getFirst().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void coverEndsWhenTheAbsenceEnds() {
        try (Workspace workspace = Dundee.open(dir, TODAY, new Identity("COUNCIL\\gmilne"))) {
            workspace.tasks().claim(lead(workspace, "Gillian Milne").id());
            workspace.tasks().markAbsent(lead(workspace, "John Cooper"), TODAY.minusDays(10), TODAY.minusDays(1),
                    lead(workspace, "Gillian Milne"));

            assertThat(workspace.tasks().myTasks(workspace.status().board(TODAY))).noneMatch(t -> t.actingFor() != null);
        }
    }

    @Test
    void anAbsenceEndingBeforeItStartsIsRejected() {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            assertThatThrownBy(() -> workspace.tasks().markAbsent(lead(workspace, "John Cooper"), TODAY, TODAY.minusDays(1),
                    lead(workspace, "Gillian Milne"))).isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("the last day is before the first");
        }
    }
}
