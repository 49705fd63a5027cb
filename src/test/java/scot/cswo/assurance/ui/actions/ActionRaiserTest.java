package scot.cswo.assurance.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** One click from an overdue row to an improvement action, with the dialogs recorded. */
class ActionRaiserTest extends ViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<ActionFormModel> opened = new ArrayList<>();

    @Test
    void raisingPutsAnActionInTheTrackerAndSaysWhoLeadsItAndWhenItIsDue() {
        MatrixRow row = open.state().boardProperty().get().matrix().row(new Ref("F1.3")).orElseThrow();

        new ActionRaiser(open.state(), open.workspace().actions(), dialogs, opened::add).raise(row,
                "No evidence for October");

        assertThat(open.workspace().actions().lines()).anySatisfy(l ->
                assertThat(l.tracked().action().title()).contains("F1.3"));
        assertThat(dialogs.lines()).singleElement().asString()
                .startsWith("done: Action raised: An action to restore assurance for F1.3 is in the tracker, led by");
    }

    @Test
    void raisingAgainWhileTheFirstActionIsOpenOpensThatActionInsteadOfRefusing() {
        MatrixRow row = open.state().boardProperty().get().matrix().row(new Ref("F1.3")).orElseThrow();
        ActionRaiser raiser = new ActionRaiser(open.state(), open.workspace().actions(), dialogs, opened::add);
        raiser.raise(row, "No evidence for October");

        raiser.raise(row, "No evidence for October");

        assertThat(open.workspace().actions().list()).hasSize(1);
        assertThat(dialogs.failures()).isEmpty();
        assertThat(opened).singleElement().satisfies(form -> {
            assertThat(form.adding()).isFalse();
            assertThat(form.heading()).startsWith("Restore assurance for F1.3");
        });
    }
}
