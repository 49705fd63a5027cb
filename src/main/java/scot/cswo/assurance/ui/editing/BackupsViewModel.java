package scot.cswo.assurance.ui.editing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.backup.BackupService.BackupInfo;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.DialogService.FileType;
import scot.cswo.assurance.ui.Messages;

/** The backups of this PC's database: take one now, restore one, and how many to keep. */
public final class BackupsViewModel {
    private final BackupService backups;
    private final AssuranceState state;
    private final DialogService dialogs;
    private final Runnable closeApp;
    private final ObservableList<BackupInfo> taken = FXCollections.observableArrayList();
    /** How many to keep, as typed. */
    private final StringProperty keep = new SimpleStringProperty("");
    /** This PC's second folder for a copy of each backup, or that there is none. */
    private final StringProperty copyFolder = new SimpleStringProperty("");

    /** @param closeApp closes the window, after which a chosen backup is put in place */
    public BackupsViewModel(BackupService backups, AssuranceState state, DialogService dialogs, Runnable closeApp) {
        this.backups = backups;
        this.state = state;
        this.dialogs = dialogs;
        this.closeApp = closeApp;
        keep.set(Integer.toString(backups.keep()));
    }

    public void reload() {
        state.load(backups::list, taken::setAll, dialogs::failed);
        state.load(backups::copyFolder, chosen -> copyFolder.set(chosen.map(Path::toString)
                .orElse(Messages.get("backups.copy.none"))), dialogs::failed);
    }

    /** A second folder (a share, a home drive, OneDrive) to keep a copy of each backup in, chosen by the user. */
    public void chooseCopyFolder() {
        dialogs.folderToUse(Messages.get("backups.copy.choose")).ifPresent(folder -> useCopyFolder(Optional.of(folder)));
    }

    public void stopCopying() {
        useCopyFolder(Optional.empty());
    }

    private void useCopyFolder(Optional<Path> folder) {
        state.load(() -> {
            backups.copyFolder(folder);
            return folder;
        }, done -> reload(), dialogs::failed);
    }

    public void backupNow() {
        state.load(backups::backupNow, done -> reload(), dialogs::failed);
    }

    /** Saves how many backups to keep; anything but a number of up to three digits is refused by the service. */
    public void saveKeep() {
        String typed = keep.get().strip();
        int count = typed.matches("\\d{1,3}") ? Integer.parseInt(typed) : 0;
        state.load(() -> {
            backups.keep(count);
            return count;
        }, saved -> reload(), dialogs::failed);
    }

    /** A backup file from elsewhere (a copy IT kept), chosen by the user. */
    public void restoreFile() {
        dialogs.fileToOpen(Messages.get("backups.restoreFile"), List.of(FileType.of(Messages.get("files.zip"),
                "*.zip"))).ifPresent(this::restore);
    }

    /** Checks the backup, says what it holds, and on confirmation closes the app to put it in place. */
    public void restore(Path file) {
        state.load(() -> backups.check(file), contents -> {
            if (dialogs.confirm(Messages.get("backups.restore.title"), Messages.get("backups.restore.confirm",
                    file.getFileName(), contents.framework(), contents.evidence(), contents.changes()),
                    Messages.get("backups.restore.yes"))) {
                state.load(() -> backups.restoreWhenClosed(file), done -> closeApp.run(), dialogs::failed);
            }
        }, dialogs::failed);
    }

    public ObservableList<BackupInfo> taken() {
        return taken;
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public StringProperty copyFolderProperty() {
        return copyFolder;
    }

    public Path folder() {
        return backups.folder();
    }

    /** Why a backup was taken, in the user's words. */
    public static String why(BackupInfo backup) {
        return switch (backup.reason()) {
            case "manual" -> Messages.get("backups.why.manual");
            case "daily" -> Messages.get("backups.why.daily");
            default -> backup.reason().startsWith("before-v") ? Messages.get("backups.why.upgrade") : backup.reason();
        };
    }
}
