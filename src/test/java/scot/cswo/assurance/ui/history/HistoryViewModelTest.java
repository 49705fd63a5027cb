package scot.cswo.assurance.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** The change history's view-model: filtering and exporting, with no window. */
class HistoryViewModelTest extends ViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private HistoryViewModel model;

    @BeforeEach
    void prepare() {
        open.workspace().editor().addFunction(open.frameworkId(), 11, "Function added for the history");
        model = new HistoryViewModel(open.state(), open.workspace().history(), dialogs, null);
        model.load();
    }

    @Test
    void exportingAsksWhereAndWritesTheChangesShown() throws Exception {
        Path csv = dir.resolve("changes.csv");
        dialogs.answering(csv);
        model.containingProperty().set("Function added");
        assertThat(model.shown()).isNotEmpty();

        model.export();

        assertThat(dialogs.lines()).containsExactly("save: Export the change history: change-history.csv");
        assertThat(Files.readString(csv)).contains("Function added for the history");
        assertThat(model.messageProperty().get()).startsWith(model.shown().size() + " changes were written to ");
    }

    @Test
    void cancellingTheExportWritesNothing() {
        model.export();

        assertThat(model.messageProperty().get()).startsWith("Showing ");
        assertThat(dir.resolve("change-history.csv")).doesNotExist();
    }
}
