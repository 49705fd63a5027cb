package scot.cswo.assurance.ui.tasks;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.lead.Absence;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.tasks.Task;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.tasks.AbsenceField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.DateField;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.PillCell;
import scot.cswo.assurance.ui.Screens;
import scot.cswo.assurance.ui.Shown;
import scot.cswo.assurance.ui.chase.ChaseDialog;
import scot.cswo.assurance.ui.evidence.EvidenceForms;
import scot.cswo.assurance.ui.evidence.EvidenceList;

/** My tasks: the signed-in lead's assurance tasks, most urgent first, with evidence two clicks away. */
public final class TasksView {
    /** Room for the evidence list's header, several records and its buttons, in the text's own size. */
    private static final String EVIDENCE_MIN_HEIGHT = "-fx-min-height: 16em;";
    /** Room for the tasks' header and two tasks. */
    private static final String TASKS_MIN_HEIGHT = "-fx-min-height: 10em;";
    /** The task list's share of the height, above the divider. */
    private static final double TASKS_SHARE = 0.7;
    /** Room for the actions' header and two actions of two lines each. */
    private static final String ACTIONS_HEIGHT = "-fx-pref-height: 13em; -fx-min-height: 13em;";
    private final TasksViewModel model;
    private final AssuranceState state;
    private final EvidenceForms forms;
    private final ChaseDialog chase;
    private final BorderPane root = new BorderPane();
    private final TableView<Task> table = new TableView<>();
    private final Label heading = new Label();
    private final Label cover = new Label();
    private final VBox claim = new VBox(8);
    private final EvidenceList evidence;

    public TasksView(TasksViewModel model, AssuranceState state, EvidenceForms forms, ChaseDialog chase) {
        this.model = model;
        this.chase = chase;
        this.state = state;
        this.forms = forms;
        this.evidence = new EvidenceList("tasks-evidence", forms);
        heading.getStyleClass().add("screen-heading");
        heading.setId("tasks-heading");
        cover.setId("tasks-cover");
        cover.setWrapText(true);
        buildClaim();
        VBox top = new VBox(8, heading, claim, cover);
        top.setPadding(new Insets(10));
        root.setTop(top);
        evidence.node().setStyle(EVIDENCE_MIN_HEIGHT);
        table().setStyle(TASKS_MIN_HEIGHT);
        // The task list gets the room (six or more tasks at 1280x720); the chosen task's evidence and the
        // actions sit under a divider the user can drag, and scroll rather than squeeze on a short screen.
        VBox below = new VBox(evidenceHeading(), evidence.node(), actionsHeading(), actionsTable());
        VBox.setVgrow(evidence.node(), Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(below);
        scroll.setId("tasks-below");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        SplitPane split = new SplitPane(table, scroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(TASKS_SHARE);
        root.setCenter(split);
        // Re-read on every change of task, even one equal to the last (a refreshed list holds new copies
        // whose evidence may have changed elsewhere), so the list never shows another task's records.
        model.selectedProperty().addListener(o -> showEvidence());
        model.tasks().addListener((ListChangeListener<Task>) c -> showEvidence());
        root.setBottom(buttons());
        model.meProperty().addListener((obs, old, me) -> showWho());
        model.accountProperty().addListener((obs, old, me) -> showWho());
        model.absences().addListener((ListChangeListener<Absence>) c -> showWho());
        showWho();
    }

    public Node node() {
        return root;
    }

    private void showEvidence() {
        Task task = model.selectedProperty().get();
        evidence.show(task == null ? null : task.rows().getFirst());
    }

    private void showWho() {
        Lead me = model.meProperty().get();
        claim.setVisible(me == null);
        claim.setManaged(me == null);
        heading.setText(me == null ? Messages.get("tasks.heading.unknown")
                : Messages.get("tasks.heading", me.name(), model.accountProperty().get()));
        String covering = model.myAbsences().stream().map(a -> a.lead().id() == me.id()
                        ? Messages.get("tasks.cover.away", DateFormats.display(a.from()), DateFormats.display(a.to()),
                        a.deputy().name())
                        : Messages.get("tasks.cover.covering", a.lead().name(), DateFormats.display(a.from()),
                        DateFormats.display(a.to())))
                .collect(Collectors.joining("\n"));
        cover.setText(covering);
        cover.setManaged(!covering.isEmpty());
        cover.setVisible(!covering.isEmpty());
    }

    private void buildClaim() {
        Label question = new Label();
        question.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("tasks.claim.question", model.accountProperty().get()), model.accountProperty()));
        question.setWrapText(true);
        ComboBox<Lead> who = new ComboBox<>(model.leads());
        who.setId("tasks-claim-lead");
        who.setAccessibleText(Messages.get("tasks.claim.accessible"));
        who.setPromptText(Messages.get("tasks.claim.prompt"));
        who.setConverter(Shown.as(Lead::name, ""));
        who.setPrefWidth(260);
        Button confirm = new Button(Messages.get("tasks.claim.confirm"));
        confirm.setId("tasks-claim");
        confirm.disableProperty().bind(who.valueProperty().isNull());
        confirm.setOnAction(e -> model.claim(who.getValue()));
        HBox choose = new HBox(8, who, confirm);
        choose.setAlignment(Pos.CENTER_LEFT);
        claim.getChildren().setAll(question, choose);
        claim.getStyleClass().add("notice");
        claim.setPadding(new Insets(10));
    }

    private TableView<Task> table() {
        table.setId("tasks-table");
        table.setAccessibleText(Messages.get("tasks.table.accessible"));
        table.setItems(model.tasks());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.meProperty().isNull())
                .then(Messages.get("tasks.table.unclaimed")).otherwise(Messages.get("tasks.table.empty")));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Task, MechanismStatus> status = new TableColumn<>(Messages.get("matrix.column.status"));
        status.setPrefWidth(124);
        status.setMinWidth(118);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> PillCell.mechanismStatus());
        table.getColumns().add(status);
        table.getColumns().add(Columns.fact("tasks.column.refs", t -> t.rows().stream().map(r -> r.ref().text())
                .collect(Collectors.joining(", "))));
        table.getColumns().add(Columns.wrapped("matrix.column.mechanism", 330, t -> t.mechanism().description()));
        table.getColumns().add(Columns.wrapped("tasks.column.period", 150, t -> t.status().period() == null ? ""
                : t.status().period().label()));
        table.getColumns().add(Columns.date("matrix.column.due", t -> t.status().due() == null ? ""
                : DateFormats.display(t.status().due())));
        table.getColumns().add(Columns.wrapped("tasks.column.reason", 300, t -> t.status().reason()
                + (t.actingFor() == null ? "" : " " + Messages.get("tasks.actingFor", t.actingFor().name()))
                + model.chased(t).map(phrase -> "\n" + phrase).orElse("")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, task) -> model.selectedProperty().set(task));
        model.selectedProperty().addListener((obs, old, task) -> {
            if (task != null && table.getSelectionModel().getSelectedItem() != task) {
                table.getSelectionModel().select(task);
            }
        });
        table.setRowFactory(t -> {
            TableRow<Task> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    record();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                record();
            }
        });
        return table;
    }

    private Label evidenceHeading() {
        Label title = new Label(Messages.get("tasks.evidence.heading"));
        title.getStyleClass().add("pane-heading");
        return title;
    }

    private Label actionsHeading() {
        Label title = new Label(Messages.get("tasks.actions.heading"));
        title.getStyleClass().add("pane-heading");
        return title;
    }

    /** The improvement actions this lead leads, with their status in the matrix's words. */
    private TableView<ActionLine> actionsTable() {
        TableView<ActionLine> actionsTable = new TableView<>(model.actions());
        actionsTable.setId("tasks-actions");
        actionsTable.setAccessibleText(Messages.get("tasks.actions.accessible"));
        actionsTable.setPlaceholder(new Label(Messages.get("tasks.actions.empty")));
        actionsTable.setStyle(ACTIONS_HEIGHT);
        actionsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ActionLine, Status> status = new TableColumn<>(Messages.get("matrix.column.status"));
        status.setPrefWidth(124);
        status.setMinWidth(118);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> PillCell.status());
        actionsTable.getColumns().add(status);
        actionsTable.getColumns().add(Columns.wrapped("tasks.actions.column.action", 420,
                l -> l.tracked().action().title()));
        actionsTable.getColumns().add(Columns.text("tasks.actions.column.source", 170,
                l -> l.tracked().action().source().label()));
        actionsTable.getColumns().add(Columns.date("tasks.actions.column.target",
                l -> l.tracked().action().targetDate() == null ? Messages.get("tasks.actions.noDate")
                        : DateFormats.display(l.tracked().action().targetDate())));
        actionsTable.getColumns().add(Columns.fact("tasks.actions.column.progress",
                l -> l.tracked().action().progress().label()));
        return actionsTable;
    }

    private Node buttons() {
        Button record = new Button(Messages.get("tasks.record"));
        record.setId("tasks-record");
        record.disableProperty().bind(model.selectedProperty().isNull());
        record.setOnAction(e -> record());
        Button other = new Button(Messages.get("tasks.other"));
        other.setId("tasks-other");
        other.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || EvidenceKind.insteadOfEvidence(model.selectedProperty().get().mechanism().frequency()).isEmpty(),
                model.selectedProperty()));
        other.setOnAction(e -> forms.insteadOfEvidence(window(), model.selectedProperty().get().rows().getFirst(),
                saved -> evidence.reload()));
        Button away = new Button(Messages.get("tasks.away"));
        away.setId("tasks-away");
        away.disableProperty().bind(model.meProperty().isNull());
        away.setOnAction(e -> markAway());
        Button chaseButton = new Button(Messages.get("tasks.chase"));
        chaseButton.setId("tasks-chase");
        chaseButton.disableProperty().bind(state.below(Role.EDITOR).or(Bindings.isEmpty(model.tasks())));
        chaseButton.setOnAction(e -> chase());
        FlowPane bar = Screens.row(record, other, away, chaseButton);
        bar.setPadding(new Insets(8, 10, 10, 10));
        return bar;
    }

    /** Chase… for the tasks shown, and the overdue actions listed under them: one message to the lead. */
    public void chase() {
        Lead me = model.meProperty().get();
        if (me != null && !model.tasks().isEmpty()) {
            chase.show(window(), state.today(), model.mechanismsShown(), me.name(), true);
        }
    }

    private void record() {
        Task task = model.selectedProperty().get();
        if (task != null) {
            forms.record(window(), task.rows().getFirst(), saved -> evidence.reload());
        }
    }

    private void markAway() {
        AbsenceFormModel away = model.absenceForm();
        FormDialog form = new FormDialog(window(), "away-dialog", Messages.get("away.title"),
                Messages.get("away.header", away.lead().name()), Messages.get("away.save"));
        DateField from = form.field(AbsenceField.FIRST_DAY, Messages.get("away.from"),
                Dates.picker("away-from", null, Messages.get("away.from")));
        from.valueProperty().bindBidirectional(away.fromProperty());
        DateField to = form.field(AbsenceField.LAST_DAY, Messages.get("away.to"),
                Dates.picker("away-to", null, Messages.get("away.to")));
        to.valueProperty().bindBidirectional(away.toProperty());
        ComboBox<Lead> deputy = form.field(AbsenceField.DEPUTY, Messages.get("away.deputy"),
                new ComboBox<>(FXCollections.observableArrayList(away.deputies())));
        deputy.setConverter(Shown.as(Lead::name, ""));
        deputy.setId("away-deputy");
        deputy.valueProperty().bindBidirectional(away.deputyProperty());
        form.show(state, () -> {
            from.read(AbsenceField.FIRST_DAY);
            to.read(AbsenceField.LAST_DAY);
            return away.change();
        }, saved -> { });
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
