package scot.cswo.assurance.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.testing.PdfChecks;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** Save PDF… runs the publication check first; Save internal annex… writes the working papers apart. */
class SavingTheReportTest extends ViewModelTest {
    private static final ReportYear YEAR = new ReportYear(2025);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    private ReportViewModel model() {
        return new ReportViewModel(open.state(), open.workspace().report(), dialogs);
    }

    @Test
    void aReportNotReadyToPublishShowsWhatStandsInTheWayAndIsOfferedAsADraft() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        dialogs.confirming(true).choosingFile(pdf);

        model().saveFiles();

        assertThat(dialogs.lines()).anySatisfy(line -> assertThat(line).startsWith("confirm: Not ready to publish:"
                + " These stand in the way of publishing the report:").contains(
                "- The section \"Looking ahead\" has not been written."))
                .contains("save: Save the annual report: CSWO Annual Report 2025-26 draft.pdf");
        assertThat(PdfChecks.text(Files.readAllBytes(pdf))).contains("Draft — not for publication");
    }

    @Test
    void notSavingADraftWritesNothing() {
        dialogs.confirming(false);

        model().saveFiles();

        assertThat(dialogs.lines()).noneSatisfy(line -> assertThat(line).startsWith("save: "));
        assertThat(dir.resolve("report.pdf")).doesNotExist();
    }

    @Test
    void theInternalAnnexIsSavedWhereChosenMarkedNotForPublication() throws IOException {
        Path annex = dir.resolve("annex.pdf");
        dialogs.choosingFile(annex);

        model().saveAnnex();

        assertThat(dialogs.lines()).contains("save: Save the internal annex (not for publication): CSWO Annual Report"
                + " 2025-26 internal annex.pdf");
        assertThat(PdfChecks.text(Files.readAllBytes(annex))).contains("Internal — not for publication",
                "Evidence log");
    }

    @Test
    void tickingNameLeadsIsSavedBeforeTheCheckWhichListsTheNames() {
        ReportViewModel model = model();
        dialogs.confirming(false);

        model.nameLeadsProperty().set(true);
        model.saveFiles();

        assertThat(open.workspace().report().data(YEAR, Optional.empty()).nameLeads()).isTrue();
        assertThat(dialogs.lines()).anySatisfy(line -> assertThat(line).contains(
                "- \"Name leads\" is ticked, so these names would be printed: ").contains("Jane Martin"));
    }
}
