package scot.cswo.assurance.ui.editing;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DateField;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Styles;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Shown;

/** Administrators' dialogs: leads, roles, the framework's settings and starting a new period. */
public final class FrameworkActions {
    private final AssuranceState state;

    public FrameworkActions(AssuranceState state) {
        this.state = state;
    }

    /** The list of leads, with adding, editing and handing a leaver's work to a successor. */
    public void leads(Window owner) {
        ObservableList<Lead> leads = FXCollections.observableArrayList();
        Runnable reload = () -> state.load(() -> state.workspace().editor().leads(), leads::setAll);
        TableView<Lead> table = new TableView<>(leads);
        table.setId("leads-table");
        table.setAccessibleText(Messages.get("leads.title"));
        table.setPrefSize(820, 380);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("leads.name", 200, Lead::name));
        table.getColumns().add(Columns.text("leads.jobTitle", 180, l -> Objects.toString(l.jobTitle(), "")));
        table.getColumns().add(Columns.text("leads.account", 150, l -> Objects.toString(l.windowsAccount(), "")));
        table.getColumns().add(Columns.text("leads.email", 180, l -> Objects.toString(l.email(), "")));
        table.getColumns().add(Columns.text("leads.active", 80, l -> Messages.get(l.active() ? "leads.active.yes"
                : "leads.active.no")));
        Button add = new Button(Messages.get("leads.add"));
        add.setId("leads-add");
        add.setOnAction(e -> lead(table.getScene().getWindow(), null, reload));
        Button edit = new Button(Messages.get("leads.edit"));
        edit.setId("leads-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> lead(table.getScene().getWindow(), table.getSelectionModel().getSelectedItem(), reload));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                edit.fire();
            }
        });
        Button handOver = new Button(Messages.get("leads.handOver"));
        handOver.setId("leads-hand-over");
        handOver.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        handOver.setOnAction(e -> handOver(table.getScene().getWindow(), table.getSelectionModel().getSelectedItem(),
                leads, reload));
        Label note = FormDialog.hintLabel(Messages.get("leads.note"));
        VBox content = new VBox(8, note, table, new HBox(8, add, edit, handOver));
        content.setPadding(new Insets(8));
        closeOnly(owner, "leads-dialog", Messages.get("leads.title"), content);
        reload.run();
    }

    private void lead(Window owner, Lead existing, Runnable reload) {
        FormDialog form = new FormDialog(owner, "lead-dialog", Messages.get(existing == null ? "lead.add.title"
                : "lead.edit.title"), existing == null ? null : existing.name(), Messages.get("lead.save"));
        TextField name = form.field(FrameworkEditor.NAME, Messages.get("leads.name"), new TextField());
        name.setId("lead-name");
        TextField jobTitle = form.field(FrameworkEditor.JOB_TITLE, Messages.get("leads.jobTitle"), new TextField());
        jobTitle.setId("lead-job-title");
        TextField account = form.field(FrameworkEditor.WINDOWS_ACCOUNT, Messages.get("leads.account"), new TextField());
        account.setId("lead-account");
        account.setPromptText("COUNCIL\\jsmith");
        TextField email = form.field(FrameworkEditor.EMAIL, Messages.get("leads.email"), new TextField());
        email.setId("lead-email");
        CheckBox active = form.field("Active", Messages.get("leads.active"), new CheckBox(Messages.get(
                "leads.active.check")));
        active.setSelected(true);
        if (existing != null) {
            name.setText(existing.name());
            jobTitle.setText(Objects.toString(existing.jobTitle(), ""));
            account.setText(Objects.toString(existing.windowsAccount(), ""));
            email.setText(Objects.toString(existing.email(), ""));
            active.setSelected(existing.active());
        }
        form.show(state, () -> {
            LeadInput input = new LeadInput(name.getText(), jobTitle.getText(), account.getText(), email.getText(),
                    active.isSelected());
            return () -> existing == null ? state.workspace().editor().addLead(input)
                    : state.workspace().editor().updateLead(existing.id(), existing.version(), input);
        }, saved -> reload.run());
    }

    private void handOver(Window owner, Lead leaver, List<Lead> all, Runnable reload) {
        FormDialog form = new FormDialog(owner, "hand-over-dialog", Messages.get("handOver.title"),
                Messages.get("handOver.header", leaver.name()), Messages.get("handOver.save"));
        ComboBox<Lead> successor = form.field(FrameworkEditor.SUCCESSOR, Messages.get("handOver.successor"),
                new ComboBox<>(FXCollections.observableArrayList(all.stream()
                        .filter(l -> l.active() && l.id() != leaver.id()).toList())));
        successor.setId("hand-over-successor");
        successor.setConverter(Shown.as(Lead::name, ""));
        form.hint(Messages.get("handOver.note", leaver.name()));
        form.show(state, () -> {
            Lead chosen = successor.getValue();
            return () -> state.workspace().editor().reassign(leaver.id(), chosen == null ? leaver.id() : chosen.id());
        }, moved -> {
            reload.run();
            Alerts.done(owner, Messages.get("handOver.title"), Messages.get("handOver.done", moved, leaver.name()));
        });
    }

    /** Who has which role; an administrator grants or changes one. */
    public void roles(Window owner) {
        // On a server that enforces roles, accounts are the server's logins and a role given here is the server's.
        boolean server = state.workspace().access().enforcedByServer();
        String accountKey = server ? "roles.login" : "roles.account";
        ObservableList<Map.Entry<String, Role>> granted = FXCollections.observableArrayList();
        Runnable reload = () -> state.load(() -> state.workspace().access().roles(),
                roles -> granted.setAll(List.copyOf(roles.entrySet())), failure -> Alerts.failed(owner, failure));
        TableView<Map.Entry<String, Role>> table = new TableView<>(granted);
        table.setId("roles-table");
        table.setPrefSize(520, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(accountKey, 300, Map.Entry::getKey));
        table.getColumns().add(Columns.text("roles.role", 150, e -> e.getValue().label()));
        TextField account = new TextField();
        account.setId("roles-account");
        account.setPromptText(server ? "jsmith" : "COUNCIL\\jsmith");
        account.setAccessibleText(Messages.get(accountKey));
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        role.setId("roles-role");
        role.setAccessibleText(Messages.get("roles.role"));
        role.setValue(Role.EDITOR);
        role.setConverter(Shown.as(Role::label, ""));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                account.setText(entry.getKey());
                role.setValue(entry.getValue());
            }
        });
        Button grant = new Button(Messages.get("roles.grant"));
        grant.setId("roles-grant");
        grant.setOnAction(e -> {
            String who = account.getText();
            Role what = role.getValue();
            state.save(() -> {
                state.workspace().access().grant(who, what);
                return who;
            }, done -> reload.run(), failure -> Alerts.failed(table.getScene().getWindow(), failure));
        });
        Label accountLabel = new Label(Messages.get(accountKey));
        accountLabel.setLabelFor(account);
        String note = Messages.get(server ? "roles.note.server" : "roles.note");
        VBox content = new VBox(8, FormDialog.hintLabel(note), table,
                new HBox(8, accountLabel, account, role, grant));
        content.setPadding(new Insets(8));
        closeOnly(owner, "roles-dialog", Messages.get("roles.title"), content);
        reload.run();
    }

    /** The framework's name, council, period, tracking start and grace days. */
    public void settings(Window owner) {
        Framework framework = state.boardProperty().get().matrix().framework();
        FormDialog form = new FormDialog(owner, "settings-dialog", Messages.get("settings.title"), null,
                Messages.get("settings.save"));
        DetailFields fields = new DetailFields(form, framework.details());
        TextField grace = form.field(FrameworkEditor.GRACE_DAYS, Messages.get("settings.grace"),
                new TextField(Integer.toString(framework.graceDays())));
        grace.setId("settings-grace");
        grace.setPrefColumnCount(4);
        form.hint(Messages.get("settings.grace.note"));
        form.show(state, () -> {
            String typed = grace.getText().strip();
            FrameworkDetails details = fields.details(framework.yearStart(), typed.matches("\\d{1,3}")
                    ? Integer.parseInt(typed) : -1);
            return () -> {
                state.workspace().editor().updateSettings(framework.id(), framework.version(), details);
                return details;
            };
        }, saved -> { });
    }

    /** Copies the matrix to a new framework period; the current one is kept read-only for its years. */
    public void newPeriod(Window owner) {
        Framework current = state.boardProperty().get().matrix().framework();
        LocalDate today = state.today();
        LocalDate nextYear = LocalDate.of(today.getMonthValue() >= current.yearStart().getValue() ? today.getYear() + 1
                : today.getYear(), current.yearStart(), 1);
        FormDialog form = new FormDialog(owner, "new-period-dialog", Messages.get("newPeriod.title"),
                Messages.get("newPeriod.header", current.name(), current.periodLabel()), Messages.get("newPeriod.save"));
        DetailFields fields = new DetailFields(form, new FrameworkDetails(current.name(), current.council(), "",
                nextYear, current.yearStart(), current.graceDays()));
        form.hint(Messages.get("newPeriod.note"));
        form.show(state, () -> {
            FrameworkDetails details = fields.details(current.yearStart(), current.graceDays());
            return () -> state.workspace().editor().copyToNewPeriod(current.id(), details);
        }, copied -> Alerts.done(owner, Messages.get("newPeriod.title"), Messages.get("newPeriod.done",
                current.name())));
    }

    /** Name, council, period and tracking start, as settings, a new period and an import all ask for them. */
    static final class DetailFields {
        private final TextField name;
        private final TextField council;
        private final TextField period;
        private final DateField trackingStart;

        DetailFields(FormDialog form, FrameworkDetails initial) {
            name = form.field(FrameworkEditor.FRAMEWORK_NAME, Messages.get("settings.name"),
                    new TextField(initial.name()));
            name.setId("settings-name");
            council = form.field(FrameworkEditor.COUNCIL, Messages.get("settings.council"),
                    new TextField(initial.council()));
            council.setId("settings-council");
            period = form.field(FrameworkEditor.PERIOD, Messages.get("settings.period"),
                    new TextField(initial.periodLabel()));
            period.setId("settings-period");
            period.setPromptText("2026-2030");
            trackingStart = form.field(FrameworkEditor.TRACKING_START, Messages.get("settings.trackingStart"),
                    Dates.picker("settings-tracking-start", initial.trackingStart(),
                            Messages.get("settings.trackingStart")));
        }

        FrameworkDetails details(Month yearStart, int graceDays) {
            return new FrameworkDetails(name.getText(), council.getText(), period.getText(),
                    trackingStart.read(FrameworkEditor.TRACKING_START),
                    yearStart, graceDays);
        }
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
