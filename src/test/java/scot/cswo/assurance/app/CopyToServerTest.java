package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.importing.FrameworkTemplates;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.ServerAttachmentStore;
import scot.cswo.assurance.testing.TestEngine;

/** An office moving from one PC to the shared server: everything arrives, checked, in one step. */
@EnabledIf("scot.cswo.assurance.testing.TestEngine#postgres")
class CopyToServerTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final Identity ADMIN = new Identity("COUNCIL\\tester");

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @Test
    void everythingOnThePcArrivesOnTheServerWithItsAttachmentsAndHistory() throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("data"));
        Workspaces thisPc = new Workspaces(paths, server -> null, ADMIN, clock);
        String server = TestEngine.databaseFor(dir.resolve("server"));
        TestEngine.create(server, null);
        Path minute = Files.writeString(dir.resolve("minute.txt"), "JSWMT minute");

        Map<String, Integer> copied;
        List<String> matrixOnThePc;
        int historyOnThePc;
        try (Workspace pc = thisPc.open(new DatabaseChoice.File(dir.resolve("pc.mv.db")),
                WorkspaceOpener.Mode.CREATE_IF_MISSING)) {
            pc.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1)));
            pc.evidence().record(new Ref("F1.3"), new EvidenceInput(TODAY, "IJB attended", "Minute 4", null,
                    Conclusion.REASONABLE, null, List.of(minute)));
            pc.dataset().addStarterIfEmpty();
            pc.dataset().enter(new Quarter(2025, 2), Map.of(measure(pc, REGISTER).id(), "41"), Map.of());
            matrixOnThePc = lines(pc);
            historyOnThePc = pc.history().log(null, null).size();

            copied = thisPc.settings().copyToServer(pc, TestEngine.address(server).jdbcUrl(), TestEngine.user(),
                    TestEngine.password().toCharArray());
        }

        assertThat(copied).containsEntry("evidence", 1).containsEntry("attachment_content", 1)
                .containsEntry("matrix_row", matrixOnThePc.size()).containsEntry("measure_value", 1);
        Database database = Database.openServer(TestEngine.address(server), TestEngine.user(),
                TestEngine.password().toCharArray());
        try (Workspace shared = new DatabaseWorkspace(database, new ServerAttachmentStore(database,
                paths.attachmentCache()), ADMIN, clock, new EmbeddedBackups.ThisPc(paths.backupCopySettings(),
                java.util.Map.of()))) {
            assertThat(lines(shared)).isEqualTo(matrixOnThePc);
            assertThat(shared.history().log(null, null)).hasSize(historyOnThePc);
            var evidence = shared.evidence().list(Optional.empty(), false).getFirst().evidence();
            assertThat(evidence.note()).isEqualTo("IJB attended");
            assertThat(shared.evidence().attachmentFile(evidence.attachments().getFirst())).hasContent("JSWMT minute");
            shared.evidence().record(new Ref("F1.5"), new EvidenceInput(TODAY, "Chairs met", null, null, null, null,
                    List.of()));
            assertThat(shared.evidence().list(Optional.empty(), false)).hasSize(2);
            assertThat(measure(shared, REGISTER).value(new DataPeriod(2025, 2))).isEqualByComparingTo("41");
            shared.dataset().addMeasure(new Measure("Kinship care assessments", "assessments", "Looked after children",
                    "", "", CollectionFrequency.QUARTERLY, Polarity.CONTEXT_ONLY, null, true, ""));
            assertThat(shared.dataset().dataset()).hasSize(DatasetService.starterMeasures().size() + 1);
        }
    }

    @Test
    void aServerDatabaseThatAlreadyHoldsAFrameworkIsNotTouched() {
        Workspaces thisPc = new Workspaces(new AppPaths(dir.resolve("data")), server -> null, ADMIN, clock);
        String server = TestEngine.databaseFor(dir.resolve("server"));
        TestEngine.create(server, null);
        try (Workspace pc = thisPc.open(new DatabaseChoice.File(dir.resolve("pc.mv.db")),
                WorkspaceOpener.Mode.CREATE_IF_MISSING)) {
            pc.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1)));
            thisPc.settings().copyToServer(pc, TestEngine.address(server).jdbcUrl(), TestEngine.user(),
                    TestEngine.password().toCharArray());

            assertThatThrownBy(() -> thisPc.settings().copyToServer(pc, TestEngine.address(server).jdbcUrl(),
                    TestEngine.user(), TestEngine.password().toCharArray()))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("already holds a framework");
        }
    }

    private static final String REGISTER = "Children on the child protection register";

    private static MeasureSeries measure(Workspace workspace, String name) {
        return workspace.dataset().dataset().stream().filter(m -> m.measure().name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<String> lines(Workspace workspace) {
        return workspace.matrix().matrix().rows().stream().map(CopyToServerTest::line).toList();
    }

    private static String line(MatrixRow row) {
        return row.ref() + "|" + row.function().number() + "|" + row.mechanism().description() + "|"
                + row.mechanism().leadNames() + "|" + row.mechanism().frequency().wording();
    }
}
