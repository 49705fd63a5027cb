package scot.cswo.assurance.ui.editing;

import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.FrameworkField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Shown;
import scot.cswo.assurance.ui.Styles;

/**
 * Administrators' forms: leads, roles, the framework's settings and starting a new period. Each
 * builds its controls and binds them to its model.
 */
public final class FrameworkForms {
    private final FrameworkEditor editor;
    private final AssuranceState state;
    private final DialogService dialogs;

    public FrameworkForms(FrameworkEditor editor, AssuranceState state, DialogService dialogs) {
        this.editor = editor;
        this.state = state;
        this.dialogs = dialogs;
    }

    /** The list of leads, with adding, editing and handing a leaver's work to a successor. */
    public void leads(Window owner) {
        LeadsViewModel model = new LeadsViewModel(editor, state, dialogs);
        TableView<Lead> table = new TableView<>(model.leads());
        table.setId("leads-table");
        table.setAccessibleText(Messages.get("leads.title"));
        table.setPrefSize(820, 380);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("leads.name", 200, Lead::name));
        table.getColumns().add(Columns.text("leads.jobTitle", 180, l -> Objects.toString(l.jobTitle(), "")));
        table.getColumns().add(Columns.text("leads.account", 150, l -> Objects.toString(l.windowsAccount(), "")));
        table.getColumns().add(Columns.text("leads.email", 180, l -> Objects.toString(l.email(), "")));
        table.getColumns().add(Columns.fact("leads.active", l -> Messages.get(l.active() ? "leads.active.yes"
                : "leads.active.no")));
        Button add = new Button(Messages.get("leads.add"));
        add.setId("leads-add");
        add.setOnAction(e -> lead(table.getScene().getWindow(), model.lead(null), model::reload));
        Button edit = new Button(Messages.get("leads.edit"));
        edit.setId("leads-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> lead(table.getScene().getWindow(),
                model.lead(table.getSelectionModel().getSelectedItem()), model::reload));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                edit.fire();
            }
        });
        Button handOver = new Button(Messages.get("leads.handOver"));
        handOver.setId("leads-hand-over");
        handOver.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        handOver.setOnAction(e -> handOver(table.getScene().getWindow(),
                model.handOver(table.getSelectionModel().getSelectedItem()), model::reload));
        Label note = FormDialog.hintLabel(Messages.get("leads.note"));
        VBox content = new VBox(8, note, table, new HBox(8, add, edit, handOver));
        content.setPadding(new Insets(8));
        closeOnly(owner, "leads-dialog", Messages.get("leads.title"), content);
        model.reload();
    }

    private static void lead(Window owner, LeadFormModel model, Runnable reload) {
        Lead existing = model.existing();
        FormDialog form = new FormDialog(owner, "lead-dialog", Messages.get(existing == null ? "lead.add.title"
                : "lead.edit.title"), existing == null ? null : existing.name(), Messages.get("lead.save"));
        text(form, FrameworkField.NAME, "leads.name", "lead-name").textProperty()
                .bindBidirectional(model.nameProperty());
        text(form, FrameworkField.JOB_TITLE, "leads.jobTitle", "lead-job-title").textProperty()
                .bindBidirectional(model.jobTitleProperty());
        TextField account = text(form, FrameworkField.WINDOWS_ACCOUNT, "leads.account", "lead-account");
        account.setPromptText("COUNCIL\\jsmith");
        account.textProperty().bindBidirectional(model.accountProperty());
        text(form, FrameworkField.EMAIL, "leads.email", "lead-email").textProperty()
                .bindBidirectional(model.emailProperty());
        CheckBox active = form.field(FrameworkField.ACTIVE, Messages.get("leads.active"), new CheckBox(Messages.get(
                "leads.active.check")));
        active.selectedProperty().bindBidirectional(model.activeProperty());
        form.show(model, saved -> reload.run());
    }

    private void handOver(Window owner, HandOverFormModel model, Runnable reload) {
        Lead leaver = model.leaver();
        FormDialog form = new FormDialog(owner, "hand-over-dialog", Messages.get("handOver.title"),
                Messages.get("handOver.header", leaver.name()), Messages.get("handOver.save"));
        ComboBox<Lead> successor = form.field(FrameworkField.SUCCESSOR, Messages.get("handOver.successor"),
                new ComboBox<>(FXCollections.observableArrayList(model.successors())));
        successor.setId("hand-over-successor");
        successor.setConverter(Shown.as(Lead::name, ""));
        successor.valueProperty().bindBidirectional(model.successorProperty());
        form.hint(Messages.get("handOver.note", leaver.name()));
        form.show(model, moved -> {
            reload.run();
            dialogs.done(Messages.get("handOver.title"), Messages.get("handOver.done", moved, leaver.name()));
        });
    }

    /** Who has which role, as {@code access} knows it; an administrator grants or changes one. */
    public void roles(Window owner, Access access) {
        RolesViewModel model = new RolesViewModel(access, state, dialogs);
        String accountKey = model.server() ? "roles.login" : "roles.account";
        TableView<Map.Entry<String, Role>> table = new TableView<>(model.granted());
        table.setId("roles-table");
        table.setPrefSize(520, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(accountKey, 300, Map.Entry::getKey));
        table.getColumns().add(Columns.text("roles.role", 150, e -> e.getValue().label()));
        TextField account = new TextField();
        account.setId("roles-account");
        account.setPromptText(model.server() ? "jsmith" : "COUNCIL\\jsmith");
        account.setAccessibleText(Messages.get(accountKey));
        account.textProperty().bindBidirectional(model.accountProperty());
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        role.setId("roles-role");
        role.setAccessibleText(Messages.get("roles.role"));
        role.setConverter(Shown.as(Role::label, ""));
        role.valueProperty().bindBidirectional(model.roleProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> model.pick(entry));
        Button grant = new Button(Messages.get("roles.grant"));
        grant.setId("roles-grant");
        grant.setOnAction(e -> model.grant());
        Label accountLabel = new Label(Messages.get(accountKey));
        accountLabel.setLabelFor(account);
        String note = Messages.get(model.server() ? "roles.note.server" : "roles.note");
        VBox content = new VBox(8, FormDialog.hintLabel(note), table,
                new HBox(8, accountLabel, account, role, grant));
        content.setPadding(new Insets(8));
        closeOnly(owner, "roles-dialog", Messages.get("roles.title"), content);
        model.reload();
    }

    /** The framework's name, council, period, tracking start and grace days. */
    public void settings(Window owner) {
        SettingsFormModel model = new SettingsFormModel(editor, state, dialogs);
        FormDialog form = new FormDialog(owner, "settings-dialog", Messages.get("settings.title"), null,
                Messages.get("settings.save"));
        detailFields(form, model);
        TextField grace = form.field(FrameworkField.GRACE_DAYS, Messages.get("settings.grace"), new TextField());
        grace.setId("settings-grace");
        grace.setPrefColumnCount(4);
        grace.textProperty().bindBidirectional(model.graceDaysProperty());
        form.hint(Messages.get("settings.grace.note"));
        form.show(model, saved -> { });
    }

    /** Copies the matrix to a new framework period; the current one is kept read-only for its years. */
    public void newPeriod(Window owner) {
        NewPeriodFormModel model = new NewPeriodFormModel(editor, state, dialogs);
        var current = model.current();
        FormDialog form = new FormDialog(owner, "new-period-dialog", Messages.get("newPeriod.title"),
                Messages.get("newPeriod.header", current.name(), current.periodLabel()), Messages.get("newPeriod.save"));
        detailFields(form, model);
        form.hint(Messages.get("newPeriod.note"));
        form.show(model, copied -> dialogs.done(Messages.get("newPeriod.title"), Messages.get("newPeriod.done",
                current.name())));
    }

    /** Name, council, period and tracking start, as settings, a new period and an import all ask for them. */
    static void detailFields(FormDialog form, FrameworkDetailsFormModel<?> model) {
        text(form, FrameworkField.FRAMEWORK_NAME, "settings.name", "settings-name").textProperty()
                .bindBidirectional(model.nameProperty());
        text(form, FrameworkField.COUNCIL, "settings.council", "settings-council").textProperty()
                .bindBidirectional(model.councilProperty());
        TextField period = text(form, FrameworkField.PERIOD, "settings.period", "settings-period");
        period.setPromptText("2026-2030");
        period.textProperty().bindBidirectional(model.periodProperty());
        form.field(FrameworkField.TRACKING_START, Messages.get("settings.trackingStart"),
                Dates.picker("settings-tracking-start", model.trackingStartProperty().get(),
                        Messages.get("settings.trackingStart"))).valueProperty()
                .bindBidirectional(model.trackingStartProperty());
    }

    private static TextField text(FormDialog form, FrameworkField key, String label, String id) {
        TextField field = form.field(key, Messages.get(label), new TextField());
        field.setId(id);
        return field;
    }

    private void closeOnly(Window owner, String id, String title, VBox content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Styles.sheet());
        dialog.setOnHidden(e -> state.refresh());
        dialog.show();
    }
}
