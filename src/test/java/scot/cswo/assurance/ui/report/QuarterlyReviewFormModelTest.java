package scot.cswo.assurance.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** File > Quarterly business review…'s form, with the dialogs answered by the test. */
class QuarterlyReviewFormModelTest extends ViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();

    private QuarterlyReviewFormModel qbr() {
        return new QuarterlyReviewFormModel(open.state(), open.workspace().report(), dialogs);
    }

    @Test
    void theQuarterUnderWayAndTheSevenBeforeAreOfferedStartingOnTheLastEnded() {
        QuarterlyReviewFormModel form = qbr();

        assertThat(String.join(" | ", form.quarters().stream().map(Dates::quarter).toList()))
                .startsWith("2025-Q3 (October to December 2025) | 2025-Q2")
                .endsWith("| 2023-Q4 (January to March 2024)");
        assertThat(Dates.quarter(form.quarterProperty().get())).isEqualTo("2025-Q2 (July to September 2025)");
    }

    @Test
    void writingThePackSavesItWhereChosenWithItsHtmlPageAndSaysSo() {
        Path pdf = dir.resolve("pack.pdf");
        dialogs.answering(pdf);
        QuarterlyReviewFormModel form = qbr();

        form.save(form::written);

        assertThat(pdf).isNotEmptyFile();
        assertThat(dir.resolve("pack.html")).isNotEmptyFile();
        assertThat(dialogs.lines()).contains("save: Save the quarterly business review: Quarterly Business Review"
                + " 2025-Q2.pdf").last().asString().startsWith("done: Quarterly business review: The pack was"
                + " written to " + pdf);
    }

    @Test
    void theQuarterPickedIsTheOneThePackIsNamedFor() {
        QuarterlyReviewFormModel form = qbr();
        form.quarterProperty().set(form.quarters().get(3));

        form.save(form::written);

        assertThat(dialogs.lines()).singleElement().asString()
                .isEqualTo("save: Save the quarterly business review: Quarterly Business Review 2024-Q4.pdf");
    }

    @Test
    void cancellingTheSaveWritesNothing() {
        QuarterlyReviewFormModel form = qbr();

        form.save(form::written);

        assertThat(dialogs.lines()).hasSize(1).last().asString().startsWith("save: ");
        assertThat(dir.resolve("pack.pdf")).doesNotExist();
    }
}
