package scot.cswo.assurance.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
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

    @Test
    void datesReadAsDayMonthYear() {
        HistoryEntry moved = entry("meeting", "date", "2026-10-14", "2026-10-21");

        assertThat(HistoryViewModel.was(moved)).isEqualTo("14/10/2026");
        assertThat(HistoryViewModel.now(moved)).isEqualTo("21/10/2026");
        assertThat(HistoryViewModel.change(entry("exception_note", "period 2026-09-30", null, "No meeting")))
                .isEqualTo("Period 30/09/2026");
    }

    @Test
    void fieldsAndThingsAreNamedAsOnScreen() {
        HistoryEntry start = entry("framework", "tracking_start", "2025-04-01", "2025-05-01");

        assertThat(HistoryViewModel.what(start)).isEqualTo("Framework");
        assertThat(HistoryViewModel.change(start)).isEqualTo("Tracking start");
        assertThat(HistoryViewModel.what(entry("exception_note", "period 2026-09-30", null, "x"))).isEqualTo("Missed period");
        assertThat(HistoryViewModel.change(entry("action", "note date", null, "x"))).isEqualTo("Note date");
    }

    @Test
    void aChoiceReadsYesOrNo() {
        HistoryEntry cancelled = entry("meeting", "cancelled", "false", "true");

        assertThat(HistoryViewModel.was(cancelled)).isEqualTo("No");
        assertThat(HistoryViewModel.now(cancelled)).isEqualTo("Yes");
    }

    @Test
    void reportTextReadsAsWordsWithoutItsMarkdown() {
        HistoryEntry text = entry("report_text", "achievements", null, "## Highlights\n\n**Strong** work by *all* teams.");

        assertThat(HistoryViewModel.now(text)).isEqualTo("Highlights\nStrong work by all teams.");
    }

    @Test
    void theFilterFindsAnEntryByTheWordsShown() {
        open.workspace().editor().updateSettings(open.frameworkId(), open.workspace().matrix().matrix().framework()
                .version(), FrameworkEditor.checked(open.workspace().matrix().matrix().framework().details()
                .withTrackingStart(java.time.LocalDate.of(2025, 5, 1))));
        model.load();

        model.containingProperty().set("01/05/2025");

        assertThat(model.shown()).extracting(HistoryViewModel::change).containsExactly("Tracking start");
    }

    private static HistoryEntry entry(String entity, String field, String was, String now) {
        return new HistoryEntry(1, Instant.parse("2026-12-07T10:00:00Z"), "COUNCIL\\office", entity, 1L, "Subject",
                field, was, now);
    }
}
