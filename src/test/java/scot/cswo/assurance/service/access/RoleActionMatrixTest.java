package scot.cswo.assurance.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportTemplate;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;
import scot.cswo.assurance.service.matrix.FrameworkEditor.MechanismInput;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.SecuredServer;
import scot.cswo.assurance.testing.TestEngine;

/**
 * Every role against every action, calling the services directly (not the screens): a role may do
 * exactly what its description says, and a refused action changes nothing, not even the history.
 */
class RoleActionMatrixTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final String ADMINISTRATOR = "COUNCIL\\tester";
    private static final String EDITOR = "COUNCIL\\editor";
    private static final String LEAD = "COUNCIL\\ksharp";
    private static final String VIEWER = "COUNCIL\\viewer";
    private static final Map<Role, String> ACCOUNTS = Map.of(Role.ADMINISTRATOR, ADMINISTRATOR, Role.EDITOR, EDITOR,
            Role.LEAD, LEAD, Role.VIEWER, VIEWER);
    /** Led by Kathryn Sharp, whose account is LEAD. */
    private static final Ref HERS = new Ref("F1.5");
    /** Led by Jane Martin only. */
    private static final Ref NOT_HERS = new Ref("F1.3");

    @TempDir
    static Path seeded;
    @TempDir
    Path dir;
    /** Where this case's exports go. */
    private static Path outputs;

    private static Path output(String name) {
        return outputs.resolve(name);
    }

    enum Action {
        READ_THE_MATRIX_AND_STATUSES(Role.VIEWER, w -> w.status().board(TODAY)),
        READ_THE_HISTORY(Role.VIEWER, w -> w.history().log(null, null)),
        EXPORT_THE_MATRIX(Role.VIEWER, w -> w.export().write(output("m.xlsx"), TODAY)),
        EXPORT_A_CALENDAR(Role.VIEWER, w -> w.calendar().write(output("due.ics"),
                Optional.empty())),
        READ_THE_ANNUAL_REPORT(Role.VIEWER, w -> w.report().data(new ReportYear(2025), Optional.empty())),
        RECORD_EVIDENCE_FOR_OWN_MECHANISM(Role.LEAD, w -> w.evidence().record(HERS, evidence())),
        MARK_KATHRYN_AWAY(Role.LEAD, w -> w.tasks().markAbsent(lead(w, "Kathryn Sharp"), TODAY, TODAY.plusDays(5),
                lead(w, "Jane Martin"))),
        RECORD_EVIDENCE_FOR_ANY_MECHANISM(Role.EDITOR, w -> w.evidence().record(NOT_HERS, evidence())),
        CORRECT_EVIDENCE_FOR_OWN_MECHANISM(Role.LEAD, w -> w.evidence().correct(recorded(w, HERS), evidence(),
                "Conclusion agreed at the meeting")),
        WITHDRAW_EVIDENCE_FOR_OWN_MECHANISM(Role.LEAD, w -> w.evidence().withdraw(recorded(w, HERS), "Duplicate")),
        CORRECT_EVIDENCE_FOR_ANY_MECHANISM(Role.EDITOR, w -> w.evidence().correct(recorded(w, NOT_HERS), evidence(),
                "Wrong day typed")),
        WITHDRAW_EVIDENCE_FOR_ANY_MECHANISM(Role.EDITOR, w -> w.evidence().withdraw(recorded(w, NOT_HERS),
                "Wrong mechanism")),
        CORRECT_A_PROGRESS_NOTE(Role.EDITOR, w -> w.actions().correctNote(note(w), TODAY, "Tool agreed", "",
                "Typing slip")),
        WITHDRAW_A_PROGRESS_NOTE(Role.EDITOR, w -> w.actions().withdrawNote(note(w), "Wrong action")),
        EDIT_A_MECHANISM(Role.EDITOR, w -> {
            Mechanism m = w.matrix().matrix().row(NOT_HERS).orElseThrow().mechanism();
            w.editor().editMechanism(framework(w), m.id(), m.version(), new MechanismInput("Membership of the IJB",
                    "Jane Martin",
                    "2 monthly", null));
        }),
        ADD_A_MECHANISM(Role.EDITOR, w -> w.editor().addMechanism(framework(w), 2, new MechanismInput("Peer review",
                "Jane Martin",
                "Annually", null))),
        LINK_A_MECHANISM(Role.EDITOR, w -> w.editor().linkMechanism(framework(w), NOT_HERS, 5)),
        RETIRE_A_ROW(Role.EDITOR, w -> w.editor().retire(framework(w), NOT_HERS, TODAY)),
        MOVE_A_ROW(Role.EDITOR, w -> w.editor().move(framework(w), NOT_HERS, -1)),
        RENUMBER_A_FUNCTION(Role.EDITOR, w -> w.editor().renumber(framework(w), 1)),
        ADD_A_FUNCTION(Role.EDITOR, w -> w.editor().addFunction(framework(w), 11, "Workforce planning")),
        KEEP_MEETINGS(Role.EDITOR, w -> w.meetings().add(MeetingSeries.JSWMT, TODAY.plusDays(10))),
        TRACK_AN_ACTION(Role.EDITOR, w -> w.actions().add(new ImprovementAction("Review the eligibility framework",
                ActionSource.OTHER, "", null, null), "")),
        ADD_THE_AUDIT_SCOTLAND_RECOMMENDATIONS(Role.EDITOR, w -> w.actions().addAuditScotland2016()),
        RAISE_AN_ACTION_FROM_A_ROW(Role.EDITOR, w -> w.actions().raiseFrom(w.matrix().matrix().row(NOT_HERS)
                .orElseThrow(), "No evidence for October 2025")),
        READ_THE_DATASET(Role.VIEWER, w -> w.dataset().dataset()),
        EXPORT_THE_DATASET(Role.VIEWER, w -> w.dataset().export(output("dataset.csv"))),
        ENTER_A_QUARTERS_VALUES(Role.EDITOR, w -> w.dataset().enter(new Quarter(2025, 2),
                Map.of(measure(w).id(), "3"), Map.of())),
        IMPORT_DATASET_VALUES(Role.EDITOR, w -> w.dataset().importValues("q2.csv", ("Measure,Period,Value\n"
                + measure(w).measure().name() + ",2025-Q2,3\n").getBytes(StandardCharsets.UTF_8), true)),
        ADD_MEASURES_FROM_A_FILE(Role.EDITOR, w -> w.dataset().addMeasures(written(output("ours.csv"),
                "Measure,Unit,Collection,Polarity\nFoster carers approved,carers,Quarterly,Context only\n"))),
        SET_A_TARGET(Role.EDITOR, w -> w.dataset().setTarget(measure(w).id(), 2025, "2", "1")),
        ADD_A_MEASURE(Role.EDITOR, w -> w.dataset().addMeasure(new Measure("Kinship care assessments", "assessments",
                "Looked after children", "", "", CollectionFrequency.QUARTERLY, Polarity.CONTEXT_ONLY, null, true, ""))),
        WRITE_THE_REPORT(Role.EDITOR, w -> w.report().saveTexts(new ReportYear(2025), Map.of(),
                Map.of(ReportSection.INTRODUCTION.textKey(), "A year of steady progress."))),
        KEEP_THE_COUNCILS_REPORT_TEMPLATE(Role.EDITOR, w -> w.report().saveTemplate(ReportTemplate.national(), new ReportTemplate(List.of(new ReportTemplate.Entry(ReportSection.WORKFORCE,
                        false))))),
        FILL_IN_THE_RESOURCES_TABLE(Role.EDITOR, w -> w.report().saveResources(new ReportYear(2025),
                new Resources(List.of()), List.of(new Resources.Typed("Children's services", "45000", "46250")))),
        EXPLAIN_A_MISSED_PERIOD(Role.EDITOR, w -> w.report().noteException(new ReportYear(2025), HERS,
                LocalDate.of(2025, 9, 30), "Chairs' meeting postponed", "Rescheduled", null)),
        ADD_A_LEAD(Role.ADMINISTRATOR, w -> w.editor().addLead(new LeadInput("Morag Stewart", null, null, null, true))),
        CHANGE_A_LEAD(Role.ADMINISTRATOR, w -> {
            Lead jane = lead(w, "Jane Martin");
            w.editor().updateLead(jane.id(), jane.version(), new LeadInput("Jane Martin", "Chief Social Work Officer",
                    null, "jane.martin@example.gov.uk", true));
        }),
        REASSIGN_A_LEAVER(Role.ADMINISTRATOR, w -> w.editor().reassign(lead(w, "Glyn Lloyd").id(),
                lead(w, "Jane Martin").id())),
        CHANGE_SETTINGS(Role.ADMINISTRATOR, w -> {
            var framework = w.matrix().matrix().framework();
            w.editor().updateSettings(framework.id(), framework.version(), new FrameworkDetails(framework.name(),
                    framework.council(),
                    framework.periodLabel(), framework.trackingStart(), framework.yearStart(), 5));
        }),
        START_A_NEW_PERIOD(Role.ADMINISTRATOR, w -> w.editor().copyToNewPeriod(framework(w), new FrameworkDetails("Framework",
                "Dundee City Council", "2026-2030", LocalDate.of(2026, 4, 1), Month.APRIL, 0))),
        IMPORT_A_FRAMEWORK(Role.ADMINISTRATOR, w -> {
            var preview = w.imports().preview("next.csv", ("Function,Function title,Assurance mechanism,Lead,Frequency\n"
                    + "1,Advice,Membership of IJB,Jane Martin,2 monthly\n").getBytes(StandardCharsets.UTF_8));
            w.imports().apply(preview, new FrameworkDetails("Next", "Dundee City Council", "2026-2030",
                    LocalDate.of(2026, 4, 1), Month.APRIL, 0));
        }),
        SET_THE_SMALL_NUMBER_THRESHOLD(Role.ADMINISTRATOR, w -> w.dataset().setThreshold(9)),
        SEE_ROLES(Role.ADMINISTRATOR, w -> w.access().roles()),
        GRANT_A_ROLE(Role.ADMINISTRATOR, w -> w.access().grant(w.access().enforcedByServer() ? secured.newcomer
                : "COUNCIL\\newcomer", Role.EDITOR));

        final Role minimum;
        final Consumer<Workspace> run;

        Action(Role minimum, Consumer<Workspace> run) {
            this.minimum = minimum;
            this.run = run;
        }
    }

    static Stream<Arguments> everyRoleAndAction() {
        return Arrays.stream(Role.values()).flatMap(role -> Arrays.stream(Action.values())
                .map(action -> Arguments.of(role, action)));
    }

    /** One database with the roles granted, copied for each case so no case sees another's changes. */
    @BeforeAll
    static void grantRoles() {
        try (Workspace admin = seed(seeded, LEAD)) {
            admin.access().grant(EDITOR, Role.EDITOR);
            admin.access().grant(VIEWER, Role.VIEWER);
        }
    }

    /** Dundee with the starter dataset, Kathryn Sharp's account being {@code lead}. */
    private static Workspace seed(Path dir, String lead) {
        Workspace admin = Dundee.open(dir, TODAY);
        admin.dataset().addStarterIfEmpty();
        Lead kathryn = lead(admin, "Kathryn Sharp");
        admin.editor().updateLead(kathryn.id(), kathryn.version(), new LeadInput(kathryn.name(), null, lead, null,
                true));
        admin.evidence().record(HERS, evidence());
        admin.evidence().record(NOT_HERS, evidence());
        var action = admin.actions().add(new ImprovementAction("Agree a caseload weighting tool", ActionSource.OTHER,
                "Glyn Lloyd", TODAY.plusMonths(2), null), "");
        admin.actions().addNote(action.id(), TODAY, "Tool drafted", "");
        return admin;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyRoleAndAction")
    void aRoleMayDoExactlyWhatItIsAllowedAndARefusalChangesNothing(Role role, Action action) throws IOException {
        try (Workspace workspace = openCopyAs(new Identity(ACCOUNTS.get(role)))) {
            mayDoExactlyWhatTheRoleAllows(workspace, role, action);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Action.class)
    void anAccountTheOperatingSystemDidNotNameMayOnlyRead(Action action) throws IOException {
        try (Workspace workspace = openCopyAs(Identity.unreadable())) {
            int history = workspace.history().log(null, null).size();

            if (action.minimum == Role.VIEWER) {
                assertThatCode(() -> action.run.accept(workspace)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> action.run.accept(workspace)).isInstanceOf(NotAllowedException.class)
                        .hasMessageStartingWith("CSWO Assurance could not read from the operating system which"
                                + " account is signed in")
                        .hasMessageEndingWith("; only reading is possible.");
                assertThat(workspace.history().log(null, null)).hasSize(history);
            }
        }
    }

    @Test
    void anAccountTheOperatingSystemDidNotNameCannotLinkItselfToALead() throws IOException {
        try (Workspace workspace = openCopyAs(Identity.unreadable())) {
            long jane = lead(workspace, "Jane Martin").id();

            assertThatThrownBy(() -> workspace.tasks().claim(jane)).isInstanceOf(NotAllowedException.class);
            assertThat(workspace.tasks().me()).isEmpty();
        }
    }

    /** This case's own copy of the seeded database, opened as {@code identity}. */
    private Workspace openCopyAs(Identity identity) throws IOException {
        TestEngine.copy(seeded.resolve("assurance.mv.db"), dir.resolve("assurance.mv.db"));
        outputs = dir;
        return new TestApp(dir.resolve("data"), TODAY, identity).opener().open(dir.resolve("assurance.mv.db"),
                WorkspaceOpener.Mode.MUST_EXIST);
    }

    static Stream<Arguments> everyRoleAndWhatItMayDo() {
        return everyRoleAndAction().filter(a -> ((Role) a.get()[0]).atLeast(((Action) a.get()[1]).minimum));
    }

    /**
     * On a server set up to enforce roles (ADR 15), each person signing in with their own login:
     * everything the role may do still works within the server's rights and policies. (What it may
     * not do the app refuses first, as above; ServerEnforcedRolesTest shows the server refusing it too.)
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyRoleAndWhatItMayDo")
    @EnabledIf("scot.cswo.assurance.testing.TestEngine#postgres")
    void onAServerThatEnforcesRolesEachPersonsOwnLoginCanDoAllItsRoleMay(Role role, Action action) {
        // Each case on its own copy, left like the cases above for the next run to drop.
        Path copy = dir.resolve("secured.mv.db");
        TestEngine.copy(secured().file, copy);
        try (Workspace workspace = secured.server.open(new TestApp(dir.resolve("data"), TODAY), copy,
                secured.logins.get(role))) {
            assertThat(workspace.access().enforcedByServer()).isTrue();
            mayDoExactlyWhatTheRoleAllows(workspace, role, action);
        }
    }

    private void mayDoExactlyWhatTheRoleAllows(Workspace workspace, Role role, Action action) {
        outputs = dir;
        assertThat(workspace.access().role()).isEqualTo(role);
        int history = workspace.history().log(null, null).size();

        if (role.atLeast(action.minimum)) {
            assertThatCode(() -> action.run.accept(workspace)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> action.run.accept(workspace)).isInstanceOf(NotAllowedException.class);
            assertThat(workspace.history().log(null, null)).hasSize(history);
        }
    }

    /** The seeded database set up as a DBA would, with a login per role; made once, on first use. */
    private record Secured(SecuredServer server, Path file, Map<Role, String> logins, String newcomer) {
    }

    private static Secured secured;
    @TempDir
    static Path securedSeed;

    private static Secured secured() {
        if (secured == null) {
            Path file = securedSeed.resolve("assurance.mv.db");
            SecuredServer server = new SecuredServer(file);
            seed(securedSeed, server.loginName(person(Role.LEAD))).close();
            Map<Role, String> logins = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                logins.put(role, server.login(person(role)));
            }
            secured = new Secured(server, file, logins, server.login("newcomer"));
            server.setUp(logins.get(Role.ADMINISTRATOR));
            try (Workspace administrator = server.open(new TestApp(securedSeed.resolve("data"), TODAY), file,
                    logins.get(Role.ADMINISTRATOR))) {
                for (Role role : List.of(Role.EDITOR, Role.LEAD, Role.VIEWER)) {
                    administrator.access().grant(logins.get(role), role);
                }
            }
        }
        return secured;
    }

    private static String person(Role role) {
        return role.name().toLowerCase(Locale.ROOT) + "_person";
    }

    @AfterAll
    static void dropTheSecuredServer() {
        if (secured != null) {
            secured.server.close();
        }
    }

    private static EvidenceInput evidence() {
        return new EvidenceInput(TODAY, "Met as planned", null, null, Conclusion.REASONABLE, null, List.of());
    }

    /** The framework in force today, which the edits change. */
    private static long framework(Workspace workspace) {
        return workspace.matrix().matrix().framework().id();
    }

    /** The evidence recorded when the database was seeded, for a row. */
    private static long recorded(Workspace workspace, Ref ref) {
        return workspace.evidence().list(Optional.of(ref), false).getFirst().evidence().id();
    }

    /** The progress note added when the database was seeded. */
    private static long note(Workspace workspace) {
        return workspace.actions().list().getFirst().notes().getFirst().id();
    }

    private static Path written(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MeasureSeries measure(Workspace workspace) {
        return workspace.dataset().dataset().stream().filter(s -> s.measure().name().equals("Social worker vacancies"))
                .findFirst().orElseThrow();
    }

    private static Lead lead(Workspace workspace, String name) {
        return workspace.editor().leads().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
