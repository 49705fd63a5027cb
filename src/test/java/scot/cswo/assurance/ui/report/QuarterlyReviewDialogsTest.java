package scot.cswo.assurance.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** File > Quarterly business review…, with the dialogs answered by the test. */
class QuarterlyReviewDialogsTest extends ViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();

    private QuarterlyReviewDialogs qbr() {
        return new QuarterlyReviewDialogs(open.state(), open.workspace().report(), dialogs);
    }

    @Test
    void theQuarterUnderWayAndTheSevenBeforeAreOfferedStartingOnTheLastEnded() {
        qbr().write();

        assertThat(dialogs.lines()).singleElement().asString()
                .startsWith("choose: Quarterly business review: 2025-Q3 (October to December 2025) | 2025-Q2")
                .endsWith("| 2023-Q4 (January to March 2024) (initially 2025-Q2 (July to September 2025))");
    }

    @Test
    void writingThePackSavesItWhereChosenWithItsHtmlPageAndSaysSo() {
        Path pdf = dir.resolve("pack.pdf");
        dialogs.answering(1, pdf);

        qbr().write();

        assertThat(pdf).isNotEmptyFile();
        assertThat(dir.resolve("pack.html")).isNotEmptyFile();
        assertThat(dialogs.lines()).contains("save: Save the quarterly business review: Quarterly Business Review"
                + " 2025-Q2.pdf").last().asString().startsWith("done: Quarterly business review: The pack was"
                + " written to " + pdf);
    }

    @Test
    void cancellingTheSaveWritesNothing() {
        dialogs.answering(1);

        qbr().write();

        assertThat(dialogs.lines()).hasSize(2).last().asString().startsWith("save: ");
        assertThat(dir.resolve("pack.pdf")).doesNotExist();
    }
}
