package scot.cswo.assurance.ui.editing;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.backup.BackupService.BackupInfo;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Screens;
import scot.cswo.assurance.ui.Styles;

/** The backups dialog: builds its controls and binds them to {@link BackupsViewModel}. */
public final class BackupsDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Optional<BackupService> backups;
    private final AssuranceState state;
    private final DialogService dialogs;
    private final Runnable closeApp;

    /**
     * @param backups  this PC's backups; none for a shared server (IT backs it up)
     * @param closeApp closes the window, after which a chosen backup is put in place
     */
    public BackupsDialog(Optional<BackupService> backups, AssuranceState state, DialogService dialogs,
                         Runnable closeApp) {
        this.backups = backups;
        this.state = state;
        this.dialogs = dialogs;
        this.closeApp = closeApp;
    }

    public void show(Window owner) {
        if (backups.isEmpty()) {
            dialogs.done(Messages.get("backups.title"), Messages.get("backups.server"));
            return;
        }
        BackupsViewModel model = new BackupsViewModel(backups.get(), state, dialogs, closeApp);
        TableView<BackupInfo> table = new TableView<>(model.taken());
        table.setId("backups-table");
        table.setAccessibleText(Messages.get("backups.title"));
        table.setPrefSize(560, 260);
        table.setPlaceholder(new Label(Messages.get("backups.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.fact("backups.when", b -> WHEN.format(b.takenAt())));
        table.getColumns().add(Columns.text("backups.why", 220, BackupsViewModel::why));
        table.getColumns().add(Columns.fact("backups.size", b -> Messages.get("backups.kb", b.bytes() / 1024)));

        Button now = new Button(Messages.get("backups.now"));
        now.setId("backups-now");
        now.disableProperty().bind(state.below(Role.EDITOR));
        now.setOnAction(e -> model.backupNow());
        Button restore = new Button(Messages.get("backups.restore"));
        restore.setId("backups-restore");
        restore.disableProperty().bind(state.below(Role.ADMINISTRATOR)
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> model.restore(table.getSelectionModel().getSelectedItem().file()));
        Button other = new Button(Messages.get("backups.restoreFile"));
        other.disableProperty().bind(state.below(Role.ADMINISTRATOR));
        other.setOnAction(e -> model.restoreFile());

        TextField keep = new TextField();
        keep.setId("backups-keep");
        keep.setPrefColumnCount(4);
        keep.setAccessibleText(Messages.get("backups.keep"));
        keep.textProperty().bindBidirectional(model.keepProperty());
        Label keepLabel = new Label(Messages.get("backups.keep"));
        keepLabel.setLabelFor(keep);
        Button saveKeep = new Button(Messages.get("backups.keep.save"));
        saveKeep.disableProperty().bind(state.below(Role.ADMINISTRATOR));
        keep.disableProperty().bind(state.below(Role.ADMINISTRATOR));
        saveKeep.setOnAction(e -> model.saveKeep());

        Label where = FormDialog.hintLabel(Messages.get("backups.where", model.folder()));
        VBox content = new VBox(8, where, table, Screens.row(now, restore, other),
                Screens.row(keepLabel, keep, saveKeep), copyRow(model),
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
        model.reload();
        dialog.show();
    }

    /** This PC's second folder for copies of each backup: shown, chosen, or no longer used. */
    private FlowPane copyRow(BackupsViewModel model) {
        Label label = new Label(Messages.get("backups.copy"));
        Label folder = new Label();
        folder.setId("backups-copy-folder");
        folder.textProperty().bind(model.copyFolderProperty());
        Button choose = new Button(Messages.get("backups.copy.choose"));
        choose.setId("backups-copy-choose");
        choose.disableProperty().bind(state.below(Role.EDITOR));
        choose.setOnAction(e -> model.chooseCopyFolder());
        Button stop = new Button(Messages.get("backups.copy.stop"));
        stop.disableProperty().bind(state.below(Role.EDITOR));
        stop.setOnAction(e -> model.stopCopying());
        return Screens.row(label, folder, choose, stop);
    }
}
