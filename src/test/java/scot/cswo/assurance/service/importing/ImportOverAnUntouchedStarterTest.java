package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.matrix.FrameworkField;
import scot.cswo.assurance.testing.Dundee;

/**
 * A new office's first start brings in Dundee's framework from today, 07/12/2026. Its own framework,
 * imported to start on 01/04/2026 so the year's evidence counts, replaces that starter while nobody
 * has recorded anything against it; once anyone has, the import is refused as it always was.
 */
class ImportOverAnUntouchedStarterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate YEAR_START = LocalDate.of(2026, 4, 1);
    private static final String STARTER = "Chief Social Work Officer Governance Framework 2018-2026";

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void ownFramework() throws IOException {
        file = Files.writeString(dir.resolve("Newtown framework.csv"),
                "Function,Function title,Assurance mechanism,Lead,Frequency\n"
                        + "1,Advice,Membership of IJB,Jane Martin,2 monthly\n"
                        + "1,,Meetings with the Chief Executive,Morag Stewart,Quarterly\n");
    }

    /** The office's first start: Dundee's framework tracked from today. */
    private Workspace firstStart() {
        return Dundee.open(dir.resolve("office"), TODAY, new Identity("COUNCIL\\tester"), TODAY);
    }

    private static AssuranceMatrix importFromTheYearStart(Workspace workspace, ImportService.Preview preview) {
        return workspace.imports().apply(preview, new FrameworkDetails("Newtown framework", "Newtown Council",
                "2026-2030", YEAR_START, preview.suggested().yearStart(), preview.suggested().graceDays()));
    }

    private void importIsRefusedAsBefore(Workspace workspace) {
        ImportService.Preview preview = workspace.imports().preview(file);

        assertThatThrownBy(() -> importFromTheYearStart(workspace, preview))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo(FrameworkField.TRACKING_START);
                            assertThat(p.message()).contains("is in force from 07/12/2026", "(08/12/2026 or later)");
                        }));
        assertThat(workspace.matrix().frameworks()).extracting(Framework::name).containsExactly(STARTER);
    }

    private static void evidence(Workspace workspace) {
        workspace.evidence().record(new Ref("F1.3"), new EvidenceInput(TODAY, "IJB attended", null, null, null,
                null, List.of()));
    }

    @Test
    void aNewOfficesOwnFrameworkIsSuggestedFromTheStartOfItsYearWithNoneOfTheStartersCouncilOrPeriod() {
        try (Workspace workspace = firstStart()) {
            ImportService.Preview preview = workspace.imports().preview(file);

            assertThat(preview.starter().framework().name()).isEqualTo(STARTER);
            assertThat(preview.suggested()).extracting(FrameworkDetails::name, FrameworkDetails::council,
                    FrameworkDetails::periodLabel, FrameworkDetails::trackingStart)
                    .containsExactly("Newtown framework", "", "", YEAR_START);
        }
    }

    @Test
    void anImportFromTheStartOfTheYearReplacesTheUntouchedStarterAndIsInForceFromThatDay() {
        try (Workspace workspace = firstStart()) {
            importFromTheYearStart(workspace, workspace.imports().preview(file));

            assertThat(workspace.matrix().frameworks()).extracting(Framework::name, Framework::trackingStart)
                    .containsExactly(tuple("Newtown framework", YEAR_START));
            assertThat(workspace.matrix().matrixOn(YEAR_START).rows()).extracting(MatrixRow::ref)
                    .containsExactly(new Ref("F1.1"), new Ref("F1.2"));
            assertThat(workspace.status().board(LocalDate.of(2026, 6, 1)).matrix().framework().name())
                    .isEqualTo("Newtown framework");
            assertThat(workspace.status().board(TODAY).byMechanism()).hasSize(2);
        }
    }

    @Test
    void theReplacedStarterIsInNoReport() {
        try (Workspace workspace = firstStart()) {
            importFromTheYearStart(workspace, workspace.imports().preview(file));

            assertThat(workspace.report().data(new ReportYear(2026), Optional.empty()).matrix().rows())
                    .extracting(MatrixRow::ref).containsExactly(new Ref("F1.1"), new Ref("F1.2"));
        }
    }

    @Test
    void theHistorySaysTheStarterWasReplacedBecauseItHeldNoRecords() {
        try (Workspace workspace = firstStart()) {
            importFromTheYearStart(workspace, workspace.imports().preview(file));

            assertThat(workspace.history().log(null, "starter")).extracting(HistoryEntry::newValue)
                    .containsExactly("Replaced the starter framework \"" + STARTER + "\" (in force from 07/12/2026),"
                            + " which held no records");
        }
    }

    @Test
    void aStarterHoldingOneEvidenceRecordIsRefusedAsBefore() {
        try (Workspace workspace = firstStart()) {
            evidence(workspace);

            importIsRefusedAsBefore(workspace);
        }
    }

    @Test
    void aStarterHoldingOnlyAWithdrawnRecordIsRefusedAsBefore() {
        try (Workspace workspace = firstStart()) {
            evidence(workspace);
            long id = workspace.evidence().list(Optional.empty(), true).getFirst().evidence().id();
            workspace.evidence().withdraw(id, "Recorded against the wrong row");

            importIsRefusedAsBefore(workspace);
        }
    }

    @Test
    void aStarterWithAnActionRaisedFromItIsRefusedAsBefore() {
        try (Workspace workspace = firstStart()) {
            MatrixRow row = workspace.matrix().matrix().rows().getFirst();
            workspace.actions().raiseFrom(row, "no report this quarter");

            importIsRefusedAsBefore(workspace);
        }
    }

    @Test
    void aRecordMadeAfterTheFileWasCheckedKeepsTheStarter() {
        try (Workspace workspace = firstStart()) {
            ImportService.Preview preview = workspace.imports().preview(file);
            evidence(workspace);

            assertThatThrownBy(() -> importFromTheYearStart(workspace, preview))
                    .isInstanceOf(InvalidDataException.class);
            assertThat(workspace.matrix().frameworks()).extracting(Framework::name).containsExactly(STARTER);
        }
    }
}
