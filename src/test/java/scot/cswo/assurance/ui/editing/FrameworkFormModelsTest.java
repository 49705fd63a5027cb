package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.matrix.FrameworkField;
import scot.cswo.assurance.ui.ViewModelTest;

/** The administrators' forms, with no window: leads, hand-over, settings, a new period and roles. */
class FrameworkFormModelsTest extends ViewModelTest {
    private final List<Object> saved = new ArrayList<>();

    private LeadsViewModel leads() {
        LeadsViewModel leads = new LeadsViewModel(open.workspace().editor(), open.state(), open.dialogs());
        leads.reload();
        return leads;
    }

    private Lead lead(String name) {
        return open.workspace().editor().leads().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void aNewLeadIsSavedWithEveryDetail() {
        LeadFormModel form = leads().lead(null);
        form.nameProperty().set("Morag Stewart");
        form.jobTitleProperty().set("Service Manager");
        form.accountProperty().set("COUNCIL\\mstewart");
        form.emailProperty().set("morag.stewart@council.gov.uk");
        form.save(saved::add);

        Lead added = lead("Morag Stewart");
        assertThat(added.jobTitle()).isEqualTo("Service Manager");
        assertThat(added.windowsAccount()).isEqualTo("COUNCIL\\mstewart");
        assertThat(added.email()).isEqualTo("morag.stewart@council.gov.uk");
        assertThat(added.active()).isTrue();
    }

    @Test
    void aLeadsNameAccountAndEmailEachHaveTheirMessageAndNothingIsSaved() {
        LeadFormModel form = leads().lead(null);
        form.nameProperty().set("Morag / Stewart");
        form.accountProperty().set("COUNCIL\\m stewart");
        form.emailProperty().set("not an address");
        form.save(saved::add);

        assertThat(form.messages().of(FrameworkField.NAME).get()).startsWith("a lead's name cannot contain");
        assertThat(form.messages().of(FrameworkField.WINDOWS_ACCOUNT).get()).startsWith("give the account as");
        assertThat(form.messages().of(FrameworkField.EMAIL).get()).isEqualTo("this does not look like an email address.");
        assertThat(saved).isEmpty();
    }

    @Test
    void aChangedLeadStartsFromTheirDetails() {
        Lead jane = lead("Jane Martin");
        LeadFormModel form = leads().lead(jane);

        assertThat(form.nameProperty().get()).isEqualTo("Jane Martin");
        assertThat(form.activeProperty().get()).isEqualTo(jane.active());
    }

    @Test
    void theListOfLeadsIsReadFromTheDatabase() {
        assertThat(leads().leads()).extracting(Lead::name).contains("Jane Martin", "Diane McCulloch");
    }

    @Test
    void aHandOverOffersOnlyTheOtherLeadsStillInPost() {
        HandOverFormModel form = leads().handOver(lead("Jane Martin"));

        assertThat(form.successors()).extracting(Lead::name).doesNotContain("Jane Martin").contains("Diane McCulloch")
                .allSatisfy(name -> assertThat(lead(name).active()).isTrue());
    }

    @Test
    void aHandOverWithoutASuccessorIsRefusedBesideTheSuccessor() {
        HandOverFormModel form = leads().handOver(lead("Jane Martin"));
        form.save(saved::add);

        assertThat(form.messages().of(FrameworkField.SUCCESSOR).get()).isEqualTo("choose someone other than the leaver.");
        assertThat(saved).isEmpty();
    }

    @Test
    void aHandOverMovesTheLeaversMechanismsToTheSuccessor() {
        HandOverFormModel form = leads().handOver(lead("Jane Martin"));
        form.successorProperty().set(lead("Diane McCulloch"));
        form.save(saved::add);

        assertThat(saved).singleElement().satisfies(moved -> assertThat((Integer) moved).isPositive());
        assertThat(open.saved("F1.3").mechanism().leadNames()).contains("Diane McCulloch");
    }

    @Test
    void settingsSaveTheTrackingStartAndGraceDays() {
        SettingsFormModel form = new SettingsFormModel(open.workspace().editor(), open.state(), open.dialogs());
        form.trackingStartProperty().set(LocalDate.of(2024, 9, 11));
        form.graceDaysProperty().set("10");
        form.save(saved::add);

        var framework = open.workspace().matrix().matrix().framework();
        assertThat(framework.trackingStart()).isEqualTo(LocalDate.of(2024, 9, 11));
        assertThat(framework.graceDays()).isEqualTo(10);
    }

    @Test
    void everySettingHasItsMessageAndNothingIsSaved() {
        SettingsFormModel form = new SettingsFormModel(open.workspace().editor(), open.state(), open.dialogs());
        form.nameProperty().set("");
        form.councilProperty().set(" ");
        form.periodProperty().set("");
        form.trackingStartProperty().set(null);
        form.graceDaysProperty().set("ten");
        form.save(saved::add);

        for (FrameworkField field : List.of(FrameworkField.FRAMEWORK_NAME, FrameworkField.COUNCIL,
                FrameworkField.PERIOD)) {
            assertThat(form.messages().of(field).get()).as(field.name()).isEqualTo("this cannot be empty.");
        }
        assertThat(form.messages().of(FrameworkField.TRACKING_START).get()).isEqualTo("give the date tracking starts.");
        assertThat(form.messages().of(FrameworkField.GRACE_DAYS).get()).isEqualTo("give a number of days from 0 to 365.");
        assertThat(saved).isEmpty();
    }

    @Test
    void aNewPeriodStartsByDefaultOnTheNextStartOfTheYear() {
        NewPeriodFormModel form = new NewPeriodFormModel(open.workspace().editor(), open.state(),
                open.dialogs());

        assertThat(form.trackingStartProperty().get()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(form.periodProperty().get()).isEmpty();
    }

    @Test
    void aNewPeriodIsACopyStartingOnTheDateGiven() {
        NewPeriodFormModel form = new NewPeriodFormModel(open.workspace().editor(), open.state(),
                open.dialogs());
        form.periodProperty().set("2026-2030");
        form.save(saved::add);

        assertThat(open.workspace().matrix().frameworks()).extracting(f -> f.trackingStart())
                .contains(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aNewPeriodStartingBeforeTheOneItCopiesIsRefusedBesideTheTrackingStart() {
        NewPeriodFormModel form = new NewPeriodFormModel(open.workspace().editor(), open.state(),
                open.dialogs());
        form.periodProperty().set("2020-2024");
        form.trackingStartProperty().set(LocalDate.of(2020, 4, 1));
        form.save(saved::add);

        assertThat(form.messages().of(FrameworkField.TRACKING_START).get()).startsWith("the new period must start after");
        assertThat(saved).isEmpty();
    }

    @Test
    void aRoleGrantedIsListed() {
        RolesViewModel roles = new RolesViewModel(open.workspace().access(), open.state(), open.dialogs());
        roles.accountProperty().set("COUNCIL\\mstewart");
        roles.roleProperty().set(Role.LEAD);
        roles.grant();

        // Accounts are kept as Windows compares them: without regard to case.
        assertThat(roles.granted()).contains(Map.entry("council\\mstewart", Role.LEAD));
    }

    @Test
    void pickingAnAccountPutsItAndItsRoleInTheFields() {
        RolesViewModel roles = new RolesViewModel(open.workspace().access(), open.state(), open.dialogs());
        roles.pick(Map.entry("COUNCIL\\tester", Role.ADMINISTRATOR));

        assertThat(roles.accountProperty().get()).isEqualTo("COUNCIL\\tester");
        assertThat(roles.roleProperty().get()).isEqualTo(Role.ADMINISTRATOR);
    }
}
