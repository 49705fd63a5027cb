package scot.cswo.assurance.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.report.ExceptionNote;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/** Two people writing the same part of the report: the second save is refused, never silently lost. */
class ConcurrentReportEditsTest {
    private static final ReportYear YEAR = new ReportYear(2025);
    private static final String INTRODUCTION = ReportSection.INTRODUCTION.textKey();

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Dundee.open(dir, LocalDate.of(2025, 11, 22));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aTextChangedSinceTheUserOpenedItIsNotOverwritten() {
        workspace.report().saveTexts(YEAR, Map.of(INTRODUCTION, ""), Map.of(INTRODUCTION, "First draft."));

        assertThatThrownBy(() -> workspace.report().saveTexts(YEAR, Map.of(INTRODUCTION, ""),
                Map.of(INTRODUCTION, "My draft.")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by COUNCIL\\tester at 12:00");
        assertThat(workspace.report().texts(YEAR)).containsEntry(INTRODUCTION, "First draft.");
    }

    @Test
    void aTextSavedOnTopOfWhatTheUserSawIsAccepted() {
        workspace.report().saveTexts(YEAR, Map.of(INTRODUCTION, ""), Map.of(INTRODUCTION, "First draft."));

        workspace.report().saveTexts(YEAR, Map.of(INTRODUCTION, "First draft."), Map.of(INTRODUCTION, "Second draft."));

        assertThat(workspace.report().texts(YEAR)).containsEntry(INTRODUCTION, "Second draft.");
    }

    @Test
    void aReasonRecordedSinceTheUserOpenedTheExceptionIsNotOverwritten() {
        LocalDate due = LocalDate.of(2025, 9, 30);
        ExceptionNote first = workspace.report().noteException(YEAR, new Ref("F1.5"), due, "Chair was ill", "Met in"
                + " October", null);

        assertThatThrownBy(() -> workspace.report().noteException(YEAR, new Ref("F1.5"), due, "No quorum", "", null))
                .isInstanceOf(ConflictException.class);
        ExceptionNote second = workspace.report().noteException(YEAR, new Ref("F1.5"), due, "Chair was ill",
                "Met on 14 October", first);
        assertThat(second.action()).isEqualTo("Met on 14 October");
    }
}
