package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.ui.Startup;

/**
 * The window's backups on a Windows PC as it is used: the day's backup though the window is never
 * closed, a restore asked for in the window whose outcome is shown at the next start, a second
 * folder for copies, and a warning in a remote desktop session.
 */
@Tag("embedded")
class WindowBackupsTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Map<String, String> AT_THE_DESK = Map.of("SESSIONNAME", "Console");
    private static final Map<String, String> REMOTE_DESKTOP = Map.of("SESSIONNAME", "RDP-Tcp#3",
            "CLIENTNAME", "DCC-LT-0412");

    @TempDir
    Path dir;

    private Workspaces workspaces(LocalDate day, Map<String, String> environment) {
        Clock clock = Clock.fixed(day.atTime(9, 0).atZone(LONDON).toInstant(), LONDON);
        return new Workspaces(new AppPaths(dir.resolve("data")), server -> null, new Identity("COUNCIL\\admin"), clock,
                environment);
    }

    private Workspace open(LocalDate day, Map<String, String> environment) {
        return workspaces(day, environment).open(DatabaseChoice.usual(), WorkspaceOpener.Mode.CREATE_IF_MISSING);
    }

    private List<BackupService.BackupInfo> backupsOn(LocalDate day) {
        try (Workspace workspace = open(day, AT_THE_DESK)) {
            return workspace.backups().orElseThrow().list();
        }
    }

    @Test
    void theDayBackupIsTakenWhenTheWindowOpensThoughItIsNeverClosed() throws Exception {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        ExecutorService database = Gui.databaseThread();
        try {
            CompletableFuture<Startup> startup = Gui.opening(workspaces(monday, AT_THE_DESK), Clock.fixed(
                    monday.atTime(9, 0).atZone(LONDON).toInstant(), LONDON), DatabaseChoice.usual(), database);
            // What the database thread does next comes after the start-up's backup.
            database.submit(() -> { }).get();
            startup.join().workspace().close();
        } finally {
            database.shutdown();
        }

        assertThat(backupsOn(monday)).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("daily");
            assertThat(b.takenAt().toLocalDate()).isEqualTo(monday);
        });
    }

    @Test
    void aRestoreAskedForInTheWindowThatFailsLeavesTheDatabaseAndIsShownAtTheNextStart() throws IOException {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        Path backup;
        try (Workspace first = open(monday, AT_THE_DESK)) {
            backup = first.backups().orElseThrow().backupNow().file();
        }
        Path elsewhere = Files.copy(backup, dir.resolve("chosen.zip"));
        ExecutorService database = Gui.databaseThread();
        CompletableFuture<Startup> startup = Gui.opening(workspaces(monday, AT_THE_DESK), Clock.fixed(
                monday.atTime(9, 0).atZone(LONDON).toInstant(), LONDON), DatabaseChoice.usual(), database);
        startup.join().workspace().backups().orElseThrow().restoreWhenClosed(elsewhere);
        // Taken away (a USB stick removed, OneDrive freeing space) before the window closed.
        Files.delete(elsewhere);

        Gui.afterTheWindow(startup, database);

        try (Workspace next = open(monday, AT_THE_DESK)) {
            assertThat(next.notice()).hasValueSatisfying(said -> assertThat(said)
                    .contains("chosen.zip was not restored when the window closed"));
        }
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing moved aside")
                    .noneMatch(name -> name.contains("-replaced-") || name.contains("restor"));
        }
        try (Workspace after = open(monday, AT_THE_DESK)) {
            assertThat(after.notice()).as("said once").isEmpty();
        }
    }

    @Test
    void aRestoreAskedForInTheWindowIsShownDoneAtTheNextStart() throws IOException {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        Workspace workspace = open(monday, AT_THE_DESK);
        Path backup = workspace.backups().orElseThrow().backupNow().file();
        workspace.backups().orElseThrow().restoreWhenClosed(backup);

        workspace.close();

        try (Workspace next = open(monday, AT_THE_DESK)) {
            assertThat(next.notice()).hasValueSatisfying(said -> assertThat(said)
                    .contains(backup.getFileName() + " was restored when the window closed", "-replaced-"));
        }
    }

    @Test
    void eachBackupIsCopiedToTheSecondFolderChosenOnThisPcAndOldCopiesGoThereToo() throws IOException {
        Path homeDrive = dir.resolve("H drive").resolve("CSWO backups");
        try (Workspace workspace = open(LocalDate.of(2026, 12, 7), AT_THE_DESK)) {
            BackupService backups = workspace.backups().orElseThrow();
            backups.keep(2);
            backups.copyFolder(Optional.of(homeDrive));
        }
        for (int day = 7; day <= 9; day++) {
            try (Workspace workspace = open(LocalDate.of(2026, 12, day), AT_THE_DESK)) {
                workspace.backups().orElseThrow().backupNow();
            }
        }

        try (Stream<Path> copies = Files.list(homeDrive)) {
            assertThat(copies.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("assurance-20261208-090000-manual.zip", "assurance-20261209-090000-manual.zip");
        }
        try (Workspace workspace = open(LocalDate.of(2026, 12, 9), AT_THE_DESK)) {
            assertThat(workspace.backups().orElseThrow().copyFolder()).contains(homeDrive.toAbsolutePath());
        }
    }

    @Test
    void aSecondFolderThatCannotBeWrittenIsSaidButTheBackupIsTaken() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("H drive"), "a file where the folder should be");
        try (Workspace workspace = open(LocalDate.of(2026, 12, 7), AT_THE_DESK)) {
            BackupService backups = workspace.backups().orElseThrow();
            backups.copyFolder(Optional.of(notAFolder.resolve("CSWO backups")));

            assertThatThrownBy(backups::backupNow).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("Backed up to").hasMessageContaining("second copy could not be written");
            assertThat(backups.list()).hasSize(1);
        }
    }

    @Test
    void inARemoteDesktopSessionTheUserIsWarnedUntilASecondFolderIsChosen() {
        try (Workspace workspace = open(LocalDate.of(2026, 12, 7), AT_THE_DESK)) {
            assertThat(workspace.notice()).as("at the PC itself").isEmpty();
        }
        try (Workspace workspace = open(LocalDate.of(2026, 12, 7), REMOTE_DESKTOP)) {
            assertThat(workspace.notice()).hasValueSatisfying(said -> assertThat(said)
                    .contains("remote desktop session", "second folder for backups"));
            workspace.backups().orElseThrow().copyFolder(Optional.of(dir.resolve("home")));
        }
        try (Workspace workspace = open(LocalDate.of(2026, 12, 7), REMOTE_DESKTOP)) {
            assertThat(workspace.notice()).isEmpty();
        }
    }
}
