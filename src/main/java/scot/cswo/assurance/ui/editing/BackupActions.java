package scot.cswo.assurance.ui.editing;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.backup.BackupService.BackupInfo;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Styles;
import scot.cswo.assurance.ui.Messages;

/** The backups of this PC's database: take one now, restore one, and how many to keep. */
public final class BackupActions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final AssuranceState state;
    private final Runnable closeApp;

    /** @param closeApp closes the window, after which a chosen backup is put in place */
    public BackupActions(AssuranceState state, Runnable closeApp) {
        this.state = state;
        this.closeApp = closeApp;
    }

    public void show(Window owner) {
        BackupService backups = state.workspace().backups().orElse(null);
        if (backups == null) {
            Alerts.done(owner, Messages.get("backups.title"), Messages.get("backups.server"));
            return;
        }
        ObservableList<BackupInfo> taken = FXCollections.observableArrayList();
        Runnable reload = () -> state.load(backups::list, taken::setAll);
        TableView<BackupInfo> table = new TableView<>(taken);
        table.setId("backups-table");
        table.setAccessibleText(Messages.get("backups.title"));
        table.setPrefSize(560, 260);
        table.setPlaceholder(new Label(Messages.get("backups.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("backups.when", 150, b -> WHEN.format(b.takenAt())));
        table.getColumns().add(Columns.text("backups.why", 220, BackupActions::why));
        table.getColumns().add(Columns.text("backups.size", 100, b -> Messages.get("backups.kb", b.bytes() / 1024)));

        Button now = new Button(Messages.get("backups.now"));
        now.setId("backups-now");
        now.disableProperty().bind(state.below(Role.EDITOR));
        now.setOnAction(e -> state.load(backups::backupNow, done -> reload.run(), failure -> Alerts.failed(owner,
                failure)));
        Button restore = new Button(Messages.get("backups.restore"));
        restore.setId("backups-restore");
        restore.disableProperty().bind(state.below(Role.ADMINISTRATOR)
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> restore(table.getScene().getWindow(), backups,
                table.getSelectionModel().getSelectedItem().file()));
        Button other = new Button(Messages.get("backups.restoreFile"));
        other.disableProperty().bind(state.below(Role.ADMINISTRATOR));
        other.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.zip"), "*.zip"));
            File file = chooser.showOpenDialog(table.getScene().getWindow());
            if (file != null) {
                restore(table.getScene().getWindow(), backups, file.toPath());
            }
        });

        TextField keep = new TextField(Integer.toString(backups.keep()));
        keep.setId("backups-keep");
        keep.setPrefColumnCount(4);
        keep.setAccessibleText(Messages.get("backups.keep"));
        Label keepLabel = new Label(Messages.get("backups.keep"));
        keepLabel.setLabelFor(keep);
        Button saveKeep = new Button(Messages.get("backups.keep.save"));
        saveKeep.disableProperty().bind(state.below(Role.ADMINISTRATOR));
        keep.disableProperty().bind(state.below(Role.ADMINISTRATOR));
        saveKeep.setOnAction(e -> {
            String typed = keep.getText().strip();
            int count = typed.matches("\\d{1,3}") ? Integer.parseInt(typed) : 0;
            state.load(() -> {
                backups.keep(count);
                return count;
            }, saved -> reload.run(), failure -> Alerts.failed(owner, failure));
        });

        Label where = FormDialog.hintLabel(Messages.get("backups.where", backups.folder()));
        VBox content = new VBox(8, where, table, new HBox(8, now, restore, other),
                new HBox(8, keepLabel, keep, saveKeep), copyRow(owner, backups),
                FormDialog.hintLabel(Messages.get("backups.copy.hint")));
        content.setPadding(new Insets(8));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("backups.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("backups-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Styles.sheet());
        reload.run();
        dialog.show();
    }

    /** This PC's second folder for copies of each backup: shown, chosen, or no longer used. */
    private HBox copyRow(Window owner, BackupService backups) {
        Label label = new Label(Messages.get("backups.copy"));
        Label folder = new Label();
        folder.setId("backups-copy-folder");
        Runnable show = () -> state.load(backups::copyFolder, chosen -> folder.setText(chosen.map(Path::toString)
                .orElse(Messages.get("backups.copy.none"))), failure -> Alerts.failed(owner, failure));
        Button choose = new Button(Messages.get("backups.copy.choose"));
        choose.setId("backups-copy-choose");
        Button stop = new Button(Messages.get("backups.copy.stop"));
        choose.disableProperty().bind(state.below(Role.EDITOR));
        stop.disableProperty().bind(state.below(Role.EDITOR));
        choose.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(folder.getScene().getWindow());
            if (chosen != null) {
                state.load(() -> {
                    backups.copyFolder(Optional.of(chosen.toPath()));
                    return chosen;
                }, done -> show.run(), failure -> Alerts.failed(owner, failure));
            }
        });
        stop.setOnAction(e -> state.load(() -> {
            backups.copyFolder(Optional.empty());
            return true;
        }, done -> show.run(), failure -> Alerts.failed(owner, failure)));
        show.run();
        return new HBox(8, label, folder, choose, stop);
    }

    /** Checks the backup, says what it holds, and on confirmation closes the app to put it in place. */
    private void restore(Window owner, BackupService backups, Path file) {
        state.load(() -> backups.check(file), contents -> {
            if (Alerts.confirm(owner, Messages.get("backups.restore.title"), Messages.get("backups.restore.confirm",
                    file.getFileName(), contents.framework(), contents.evidence(), contents.changes()),
                    Messages.get("backups.restore.yes"))) {
                state.load(() -> backups.restoreWhenClosed(file), done -> closeApp.run(),
                        failure -> Alerts.failed(owner, failure));
            }
        }, failure -> Alerts.failed(owner, failure));
    }

    private static String why(BackupInfo backup) {
        return switch (backup.reason()) {
            case "manual" -> Messages.get("backups.why.manual");
            case "daily" -> Messages.get("backups.why.daily");
            default -> backup.reason().startsWith("before-v") ? Messages.get("backups.why.upgrade") : backup.reason();
        };
    }
}
