package scot.cswo.assurance.ui.chase;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.service.chase.Chasing.KATHRYN;
import static scot.cswo.assurance.service.chase.Chasing.KATHRYN_ADDRESS;
import static scot.cswo.assurance.service.chase.Chasing.SIOBHAN;
import static scot.cswo.assurance.service.chase.Chasing.SIOBHAN_ADDRESS;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.chase.ChaseItem;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.service.chase.ChaseService;
import scot.cswo.assurance.service.chase.Chasing;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** The chase dialog's view-model, with no window: what it lists, and drafts written through the service. */
class ChaseDialogModelTest extends ViewModelTest {
    @RegisterExtension
    static final GreenMailExtension RELAY = Chasing.relay();
    private final List<String> opened = new ArrayList<>();
    private RecordingDialogs dialogs;
    private ChaseService chases;

    @BeforeEach
    void leadsWithAddresses() {
        Chasing.giveTwoLeadsAddresses(open.workspace());
        dialogs = open.dialogs();
        chases = open.workspace().chases();
    }

    /** A dialog for every mechanism in the matrix, loaded. */
    private ChaseDialogModel everything() {
        List<Long> all = open.workspace().matrix().matrix().mechanisms().stream().map(Mechanism::id).toList();
        ChaseDialogModel model = new ChaseDialogModel(open.state(), chases, dialogs, opened::add, OpenState.TODAY, all, null, false);
        model.load();
        return model;
    }

    @Test
    void itListsOneMessagePerLeadWithTheirAddressAndHowManyItems() {
        ChaseDialogModel model = everything();

        int siobhans = chases.plan(OpenState.TODAY, SIOBHAN).toChase().getFirst().items().size();
        assertThat(model.messages()).hasSize(2).contains(SIOBHAN + " <" + SIOBHAN_ADDRESS + ">: " + siobhans + " items")
                .anySatisfy(m -> assertThat(m).startsWith(KATHRYN + " <" + KATHRYN_ADDRESS + ">: "));
        assertThat(model.readyProperty().get()).isTrue();
    }

    @Test
    void leadsWithoutAnAddressAreListedByNameNotSkipped() {
        ChaseDialogModel model = everything();

        List<String> without = chases.plan(OpenState.TODAY, null).withoutAddress().stream()
                .map(c -> c.lead().name()).toList();
        assertThat(without).isNotEmpty();
        assertThat(model.withoutAddress()).hasSameSizeAs(without);
        without.forEach(name -> assertThat(model.withoutAddress()).anySatisfy(line -> assertThat(line)
                .matches(java.util.regex.Pattern.quote(name) + ": \\d+ items?")));
        assertThat(model.summaryProperty().get()).contains(without.size() + " leads have no email address");
    }

    @Test
    void onlyTheChosenRowsAreInTheMessages() {
        ChaseItem one = chases.plan(OpenState.TODAY, KATHRYN).toChase().getFirst().items().stream()
                .filter(i -> i.kind() == ChaseItem.Kind.MECHANISM).findFirst().orElseThrow();
        ChaseDialogModel model = new ChaseDialogModel(open.state(), chases, dialogs, opened::add, OpenState.TODAY,
                List.of(one.id()), null, false);
        model.load();

        assertThat(model.messages()).contains(KATHRYN + " <" + KATHRYN_ADDRESS + ">: 1 item");
    }

    @Test
    void fromALeadsTasksOnlyThatLeadIsChasedEvenForMechanismsTheyShare() {
        List<Long> all = open.workspace().matrix().matrix().mechanisms().stream().map(Mechanism::id).toList();
        ChaseDialogModel model = new ChaseDialogModel(open.state(), chases, dialogs, opened::add, OpenState.TODAY, all,
                KATHRYN, false);
        model.load();

        assertThat(model.messages()).singleElement().satisfies(m -> assertThat(m).startsWith(KATHRYN + " <"));
        assertThat(model.withoutAddress()).isEmpty();
    }

    @Test
    void fromMyTasksTheLeadsOverdueImprovementActionsAreChasedTooButNotFromTheMatrix() {
        open.workspace().actions().add(new ImprovementAction("Benchmark services with the Core Cities Network",
                ActionSource.AUDIT_SCOTLAND, KATHRYN, OpenState.TODAY.minusDays(3), ActionProgress.NOT_STARTED), "");
        List<Long> all = open.workspace().matrix().matrix().mechanisms().stream().map(Mechanism::id).toList();
        ChaseDialogModel tasks = new ChaseDialogModel(open.state(), chases, dialogs, opened::add, OpenState.TODAY, all,
                KATHRYN, true);
        ChaseDialogModel matrix = new ChaseDialogModel(open.state(), chases, dialogs, opened::add, OpenState.TODAY, all,
                KATHRYN, false);
        tasks.load();
        matrix.load();

        long mechanisms = chases.plan(OpenState.TODAY, KATHRYN).toChase().getFirst().items().stream()
                .filter(i -> i.kind() == ChaseItem.Kind.MECHANISM).count();
        assertThat(tasks.messages()).containsExactly(KATHRYN + " <" + KATHRYN_ADDRESS + ">: " + (mechanisms + 1) + " items");
        assertThat(matrix.messages()).containsExactly(KATHRYN + " <" + KATHRYN_ADDRESS + ">: " + mechanisms + " items");
    }

    @Test
    void draftsGoIntoTheChosenFolderAreRecordedAndTheFolderOpensIfWanted() throws Exception {
        ChaseDialogModel model = everything();
        Path folder = dir.resolve("chases");
        dialogs.answering(folder, true);

        model.writeDrafts();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(2)
                    .allSatisfy(name -> assertThat(name).endsWith(".eml"));
        }
        assertThat(dialogs.lines()).anySatisfy(line -> assertThat(line).startsWith("confirm: Chase leads: 2 drafts are in "
                + folder));
        assertThat(opened).containsExactly(folder.toUri().toString());
        assertThat(model.finishedProperty().get()).isTrue();
        long mechanism = chases.plan(OpenState.TODAY, SIOBHAN).toChase().getFirst().items().getFirst().id();
        assertThat(chases.chasedPhrase(mechanism)).hasValue("Chase drafted 22/11/2025 by COUNCIL\\tester");
    }

    @Test
    void theCoveringTextAsEditedIsUsedForThisChaseWithoutBecomingTheTemplate() throws Exception {
        ChaseDialogModel model = everything();
        model.subjectProperty().set("Evidence wanted by Friday");
        Path folder = dir.resolve("chases");
        dialogs.answering(folder, false);

        model.writeDrafts();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).allSatisfy(f -> assertThat(Chasing.read(f).getSubject()).isEqualTo("Evidence wanted by Friday"));
        }
        assertThat(chases.template().subject()).isEqualTo("Evidence for the CSWO assurance framework");
        assertThat(opened).isEmpty();
    }

    @Test
    void keepAsTheTemplateKeepsTheTextForLaterChases() {
        ChaseDialogModel model = everything();
        model.bodyProperty().set("Dear {lead},\n\nPlease send the evidence below by the end of the month.");

        model.keepTemplate();

        assertThat(chases.template().body()).isEqualTo("Dear {lead},\n\nPlease send the evidence below by the end of the"
                + " month.");
        assertThat(model.noteProperty().get()).isEqualTo("Kept as the template for every later chase.");
        assertThat(everything().bodyProperty().get()).startsWith("Dear {lead},\n\nPlease send");
    }

    @Test
    void anEmptySubjectIsASentenceAndNoDraftIsWritten() {
        ChaseDialogModel model = everything();
        model.subjectProperty().set(" ");
        Path folder = dir.resolve("chases");
        dialogs.answering(folder);

        model.writeDrafts();

        assertThat(dialogs.failures()).singleElement().satisfies(f -> assertThat(f.getMessage())
                .contains("give the email's subject"));
        assertThat(Files.exists(folder) ? folder.toFile().list() : new String[0]).isEmpty();
        assertThat(model.finishedProperty().get()).isFalse();
    }

    @Test
    void withNoRelaySetUpOnlyDraftsAreOffered() {
        assertThat(everything().relayProperty().get()).isFalse();
    }

    private void useRelay() {
        Chasing.useRelay(open.workspace(), RELAY.getSmtp().getPort(), "office");
    }

    @Test
    void sendingAsksForThePasswordForThisChaseAndSaysHowManyWent() {
        useRelay();
        ChaseDialogModel model = everything();
        dialogs.answering("right password");

        model.send();

        assertThat(model.relayProperty().get()).isTrue();
        assertThat(dialogs.lines()).contains("password: Chase leads: The password for office on 127.0.0.1. It is used"
                + " for this chase only and never kept.", "done: Chase leads: 2 chases were sent and recorded.");
        assertThat(RELAY.getReceivedMessages()).hasSize(2);
        long mechanism = chases.plan(OpenState.TODAY, SIOBHAN).toChase().getFirst().items().getFirst().id();
        assertThat(chases.chasedPhrase(mechanism)).hasValue("Chased 22/11/2025 by COUNCIL\\tester");
    }

    @Test
    void aRefusedPasswordIsASentenceAndTheChaseIsNotRecorded() {
        useRelay();
        ChaseDialogModel model = everything();
        dialogs.answering("wrong password");

        model.send();

        assertThat(dialogs.failures()).singleElement().satisfies(f -> assertThat(f.getMessage())
                .contains("password").doesNotContain("Exception"));
        assertThat(RELAY.getReceivedMessages()).isEmpty();
        assertThat(chases.latestByMechanism()).isEmpty();
        assertThat(model.finishedProperty().get()).isFalse();
    }

    @Test
    void cancellingThePasswordSendsNothing() {
        useRelay();
        ChaseDialogModel model = everything();

        model.send();

        assertThat(RELAY.getReceivedMessages()).isEmpty();
        assertThat(chases.latestByMechanism()).isEmpty();
    }
}
