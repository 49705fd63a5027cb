package scot.cswo.assurance.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.testing.Dundee;

/** The history of the report's cover settings records changes, not every save. */
class ReportSettingsHistoryTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;

    @Test
    void choosingTheSameWayOfNamingLeadsAgainAddsNothingToTheHistory() {
        try (Workspace workspace = Dundee.open(dir, TODAY, new Identity("COUNCIL\\cswo-office"))) {
            ReportYear year = ReportService.year("2025-26");
            workspace.report().setNameLeads(true);
            int entries = workspace.history().log(null, null).size();

            workspace.report().setNameLeads(true);
            workspace.report().setNameLeads(true);

            assertThat(workspace.history().log(null, null)).hasSize(entries);
            workspace.report().setNameLeads(false);
            assertThat(workspace.history().log(null, null)).hasSize(entries + 1)
                    .first().extracting(HistoryEntry::oldValue).isNotEqualTo(
                            workspace.history().log(null, null).getFirst().newValue());
        }
    }
}
