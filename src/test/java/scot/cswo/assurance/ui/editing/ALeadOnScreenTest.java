package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;
import scot.cswo.assurance.ui.WindowTest;

/** A lead is offered Record on the rows they lead, and not on other leads' rows, which the service would refuse. */
class ALeadOnScreenTest extends WindowTest {
    private static final String KATHRYN = "COUNCIL\\ksharp";

    @Override
    protected void prepare(Workspace workspace) {
        Lead kathryn = workspace.tasks().leads().stream().filter(l -> l.name().equals("Kathryn Sharp")).findFirst()
                .orElseThrow();
        workspace.editor().updateLead(kathryn.id(), kathryn.version(), new LeadInput(kathryn.name(), null, KATHRYN,
                null, true));
    }

    @Override
    protected Identity signedInAs() {
        return new Identity(KATHRYN);
    }

    @Test
    void aLeadIsOfferedRecordOnTheirOwnRow(FxRobot robot) {
        choose(robot, "F1.5");

        waitUntil(() -> !robot.lookup("#detail-record").queryAs(Button.class).isDisabled());
    }

    @Test
    void aLeadIsNotOfferedRecordOnAnotherLeadsRow(FxRobot robot) {
        choose(robot, "F1.5");
        waitUntil(() -> !robot.lookup("#detail-record").queryAs(Button.class).isDisabled());

        choose(robot, "F1.3");
        // The answer comes from the database thread: give it time to arrive (wrongly) before looking.
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detail-record").queryAs(Button.class).isDisabled()).isTrue();
    }
}
