package scot.cswo.assurance.service.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.frequency.Cadence;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.tasks.Task;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;
import scot.cswo.assurance.service.matrix.FrameworkEditor.MechanismInput;
import scot.cswo.assurance.testing.Dundee;

class FrameworkEditorTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final Ref IJB = new Ref("F1.3");
    private static final Ref CHAIRS = new Ref("F1.5");

    @TempDir
    Path dir;
    private Workspace workspace;
    private FrameworkEditor editor;

    @BeforeEach
    void open() {
        workspace = Dundee.open(dir, TODAY);
        editor = workspace.editor();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private MatrixRow row(Ref ref) {
        return workspace.matrix().matrix().row(ref).orElseThrow();
    }

    private Mechanism edit(Ref ref, String description, String leads, String frequency, LocalDate from) {
        Mechanism mechanism = row(ref).mechanism();
        return editor.editMechanism(framework(), mechanism.id(), mechanism.version(),
                new MechanismInput(description, leads, frequency, from));
    }

    private int historySize() {
        return workspace.history().log(null, null).size();
    }

    @Test
    void aNewLeadForAMechanismSeesItInTheirTasks() {
        edit(IJB, "Membership of IJB", "Diane McCulloch", "2 monthly", null);

        Lead diane = workspace.tasks().leads().stream().filter(l -> l.name().equals("Diane McCulloch")).findFirst()
                .orElseThrow();
        List<Task> tasks = workspace.tasks().tasksOf(diane, workspace.status().board(TODAY));
        assertThat(tasks).anySatisfy(t -> assertThat(t.rows()).extracting(MatrixRow::ref).contains(IJB));
        assertThat(row(IJB).mechanism().leadNames()).isEqualTo("Diane McCulloch");
    }

    @Test
    void aMechanismsLeadsReadBackInTheOrderTheyWereGiven() {
        edit(IJB, "Membership of IJB", "Jane Martin / Diane McCulloch", "2 monthly", null);
        assertThat(row(IJB).mechanism().leads()).extracting(Lead::name)
                .containsExactly("Jane Martin", "Diane McCulloch");

        edit(IJB, "Membership of IJB", "Diane McCulloch / Jane Martin", "2 monthly", null);
        assertThat(row(IJB).mechanism().leads()).extracting(Lead::name)
                .containsExactly("Diane McCulloch", "Jane Martin");
    }

    @Test
    void savingAMechanismAsItWasWritesNoHistory() {
        Mechanism as = row(IJB).mechanism();
        int before = historySize();

        edit(IJB, as.description(), as.leadNames(), as.frequency().wording(), null);

        assertThat(historySize()).isEqualTo(before);
    }

    @Test
    void givingAFunctionTheTitleItHasWritesNoHistory() {
        StatutoryFunction first = workspace.matrix().matrix().functions().getFirst();
        int before = historySize();

        editor.renameFunction(framework(), first.id(), first.version(), first.title());

        assertThat(historySize()).isEqualTo(before);
    }

    @Test
    void eachChangedFieldWritesOneHistoryEntryNamingWhoOldAndNew() {
        int before = historySize();

        edit(IJB, "Membership of the IJB", "Jane Martin", "2 monthly", null);

        List<HistoryEntry> entries = workspace.history().forMechanism(row(IJB).mechanism().id());
        assertThat(historySize()).isEqualTo(before + 1);
        assertThat(entries.getFirst()).satisfies(e -> {
            assertThat(e.account()).isEqualTo("COUNCIL\\tester");
            assertThat(e.field()).isEqualTo("description");
            assertThat(e.oldValue()).isEqualTo("Membership of IJB");
            assertThat(e.newValue()).isEqualTo("Membership of the IJB");
            assertThat(e.subject()).startsWith("F1.3");
        });
    }

    @Test
    void aNewFrequencyAppliesFromItsDateWhileEarlierPeriodsKeepTheOldRule() {
        edit(CHAIRS, "Regular meetings with Independent Chairs of Public Protection Committees", "Kathryn Sharp",
                "Monthly", LocalDate.of(2025, 10, 1));

        Mechanism changed = row(CHAIRS).mechanism();
        assertThat(changed.frequency()).isInstanceOfSatisfying(Frequency.Periodic.class,
                p -> assertThat(p.cadence()).isEqualTo(Cadence.MONTHLY));
        assertThat(changed.frequencies().at(LocalDate.of(2025, 9, 30))).isInstanceOfSatisfying(Frequency.Periodic.class,
                p -> assertThat(p.cadence()).isEqualTo(Cadence.QUARTERLY));
        // The quarter to 30 September was due under the old rule; nothing was recorded for it.
        LocalDate midOctober = LocalDate.of(2025, 10, 15);
        var missed = workspace.status().board(midOctober).status(row(CHAIRS));
        assertThat(missed.status()).isEqualTo(Status.OVERDUE);
        assertThat(missed.period()).isEqualTo(new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
        workspace.evidence().record(CHAIRS, new EvidenceInput(LocalDate.of(2025, 10, 10), "Chairs met", null, null,
                Conclusion.REASONABLE, null, List.of()));
        var now = workspace.status().board(midOctober).status(row(CHAIRS));
        assertThat(now.status()).isEqualTo(Status.ON_TRACK);
        assertThat(now.period()).isEqualTo(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)));
    }

    @Test
    void aChangedFrequencyNeedsTheDateItAppliesFrom() {
        assertThatThrownBy(() -> edit(CHAIRS, "Regular meetings", "Kathryn Sharp", "Monthly", null))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly(MatrixField.EFFECTIVE_FROM));
    }

    @Test
    void anUnknownFrequencyIsRefusedListingTheAcceptedOnesAndNothingChanges() {
        int before = historySize();

        assertThatThrownBy(() -> edit(CHAIRS, "Regular meetings", "Kathryn Sharp", "Termly", TODAY))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo(MatrixField.FREQUENCY);
                            assertThat(p.value()).isEqualTo("Termly");
                            assertThat(p.message()).contains("Quarterly", "Twice yearly");
                        }));
        assertThat(row(CHAIRS).mechanism().description()).startsWith("Regular meetings with Independent Chairs");
        assertThat(historySize()).isEqualTo(before);
    }

    @Test
    void anEmptyWordingAndNoLeadAreEachReportedAgainstTheirField() {
        assertThatThrownBy(() -> edit(CHAIRS, "  ", " / ", "Quarterly", null))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly(MatrixField.ASSURANCE_MECHANISM, MatrixField.LEAD));
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedNamingWhoChangedItAndLeavesNoHistory() {
        Mechanism read = row(IJB).mechanism();
        editor.editMechanism(framework(), read.id(), read.version(), new MechanismInput("Membership of the IJB", "Jane Martin",
                "2 monthly", null));
        int before = historySize();

        assertThatThrownBy(() -> editor.editMechanism(framework(), read.id(), read.version(),
                new MechanismInput("IJB membership", "Jane Martin", "2 monthly", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by COUNCIL\\tester at 12:00")
                .hasMessageContaining("Reload");
        assertThat(row(IJB).mechanism().description()).isEqualTo("Membership of the IJB");
        assertThat(historySize()).isEqualTo(before);
    }

    @Test
    void anAddedMechanismTakesTheNextRefInItsFunction() {
        Ref ref = editor.addMechanism(framework(), 1, new MechanismInput("Annual self-evaluation of the CSWO role", "Jane Martin",
                "Annually", null));

        assertThat(ref).isEqualTo(new Ref("F1.9"));
        assertThat(row(ref).mechanism().frequency().wording()).isEqualTo("Annually");
    }

    @Test
    void aLinkedMechanismSharesItsEvidenceWithTheNewFunction() {
        Ref linked = editor.linkMechanism(framework(), IJB, 4);
        workspace.evidence().record(IJB, new EvidenceInput(TODAY, "IJB attended", null, null, Conclusion.REASONABLE,
                null, List.of()));

        assertThat(workspace.matrix().matrix().sharedWith(row(linked))).contains(IJB);
        assertThat(workspace.status().board(TODAY).status(row(linked)).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aRetiredRowLeavesTheMatrixButStaysInTheYearItWasActive() {
        editor.retire(framework(), CHAIRS, TODAY);

        assertThat(workspace.matrix().matrix().row(CHAIRS)).isEmpty();
        AssuranceMatrix thisYear = workspace.matrix().matrixFor(new Period(LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31)));
        assertThat(thisYear.row(CHAIRS)).isPresent();
    }

    @Test
    void aMovedRowKeepsItsRefUntilTheUserAsksForRenumbering() {
        editor.move(framework(), IJB, -1);

        assertThat(refsOfFunction(1)).startsWith(new Ref("F1.1"), IJB, new Ref("F1.2"));

        editor.renumber(framework(), 1);

        assertThat(refsOfFunction(1)).startsWith(new Ref("F1.1"), new Ref("F1.2"), new Ref("F1.3"));
        assertThat(row(new Ref("F1.2")).mechanism().description()).isEqualTo("Membership of IJB");
    }

    private List<Ref> refsOfFunction(int number) {
        AssuranceMatrix matrix = workspace.matrix().matrix();
        return matrix.rows().stream().filter(r -> r.function().number() == number).map(MatrixRow::ref).toList();
    }

    @Test
    void aMovedFunctionKeepsItsNumberAndRefsAndANewOneGoesLast() {
        long second = workspace.matrix().matrix().functions().get(1).id();

        editor.moveFunction(framework(), second, -1);
        editor.addFunction(framework(), 11, "Workforce planning");

        AssuranceMatrix matrix = workspace.matrix().matrix();
        assertThat(matrix.functions()).extracting(f -> f.number()).startsWith(2, 1, 3).endsWith(10, 11);
        assertThat(matrix.rows().getFirst().ref()).isEqualTo(new Ref("F2.1"));
    }

    @Test
    void aLeaversMechanismsAllPassToTheSuccessorInOneAction() {
        Lead kathryn = lead("Kathryn Sharp");
        Lead successor = editor.addLead(new LeadInput("Morag Stewart", "Chief Social Work Officer",
                "COUNCIL\\mstewart", "morag.stewart@example.gov.uk", true));

        int moved = editor.reassign(kathryn.id(), successor.id());

        assertThat(moved).isGreaterThan(5);
        assertThat(workspace.matrix().matrix().rows()).noneMatch(r -> r.mechanism().leadNames().contains("Kathryn"));
        assertThat(lead("Kathryn Sharp").active()).isFalse();
    }

    @Test
    void aLeaverCannotBeGivenNewMechanisms() {
        Lead kathryn = lead("Kathryn Sharp");
        editor.reassign(kathryn.id(), lead("Jane Martin").id());

        assertThatThrownBy(() -> edit(IJB, "Membership of IJB", "Kathryn Sharp", "2 monthly", null))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("has left")));
    }

    @Test
    void aLeadsEmailAndAccountAreCheckedAndMustBeTheirOwn() {
        editor.addLead(new LeadInput("Morag Stewart", null, "COUNCIL\\mstewart", null, true));

        assertThatThrownBy(() -> editor.addLead(new LeadInput("Ewan Bell", null, "COUNCIL\\mstewart", "ewan at dcc",
                true)))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .containsExactlyInAnyOrder(FrameworkField.EMAIL, FrameworkField.WINDOWS_ACCOUNT));
    }

    @Test
    void aNewPeriodCopiesTheMatrixAndComesIntoForceOnItsStart() {
        Ref ref = IJB;
        String description = row(ref).mechanism().description();
        long old = framework();
        LocalDate start = LocalDate.of(2026, 4, 1);
        FrameworkDetails next = new FrameworkDetails("CSWO Governance Framework", "Dundee City Council", "2026-2030",
                start, Month.APRIL, 0);

        editor.copyToNewPeriod(framework(), next);

        AssuranceMatrix fromApril = workspace.matrix().matrixOn(start);
        assertThat(fromApril.framework().periodLabel()).isEqualTo("2026-2030");
        assertThat(fromApril.row(ref).orElseThrow().mechanism().description()).isEqualTo(description);
        assertThat(workspace.matrix().matrixOn(start.minusDays(1)).framework().id()).isEqualTo(old);
        assertThat(workspace.matrix().matrix().framework().id()).isEqualTo(old);
        AssuranceMatrix lastYear = workspace.matrix().matrixFor(new Period(LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31)));
        assertThat(lastYear.framework().id()).isEqualTo(old);
        assertThat(workspace.matrix().timeline().replacedBy(lastYear.framework(), start)).isTrue();
    }

    @Test
    void aNewPeriodMustStartAfterTheCurrentOne() {
        FrameworkDetails overlapping = new FrameworkDetails("Next", "Dundee City Council", "2025-2029",
                LocalDate.of(2025, 4, 1), Month.APRIL, 0);

        assertThatThrownBy(() -> editor.copyToNewPeriod(framework(), overlapping))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly(FrameworkField.TRACKING_START));
    }

    @Test
    void aRetiredFunctionMustBeEmptyFirst() {
        long function = row(IJB).function().id();

        assertThatThrownBy(() -> editor.retireFunction(framework(), function, TODAY)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("still has mechanisms");
    }

    /** The framework in force today, which these edits change. */
    private long framework() {
        return workspace.matrix().matrix().framework().id();
    }

    private Lead lead(String name) {
        return editor.leads().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
