package scot.cswo.assurance.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.RecordingDialogs;

/** The change history's view-model: filtering and exporting, with no window. */
class HistoryViewModelTest {
    @TempDir
    Path dir;
    private OpenState open;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private HistoryViewModel model;

    @BeforeEach
    void open() {
        open = new OpenState(dir);
        model = new HistoryViewModel(open.state(), open.workspace().history(), dialogs, null);
        model.load();
    }

    @AfterEach
    void close() {
        open.close();
    }

    @Test
    void exportingAsksWhereAndWritesTheChangesShown() throws Exception {
        Path csv = dir.resolve("changes.csv");
        dialogs.answering(csv);
        model.containingProperty().set("Membership");

        model.export();

        assertThat(dialogs.shown()).containsExactly("save: Export the change history: change-history.csv");
        assertThat(Files.readAllLines(csv)).hasSize(model.shown().size() + 1);
        assertThat(model.messageProperty().get()).startsWith(model.shown().size() + " changes were written to ");
    }

    @Test
    void cancellingTheExportWritesNothing() {
        model.export();

        assertThat(model.messageProperty().get()).startsWith("Showing ");
        assertThat(dir.resolve("change-history.csv")).doesNotExist();
    }
}
