package scot.cswo.assurance.ui.actions;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.action.ActionNote;
import scot.cswo.assurance.domain.action.ActionNoteField;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.DateField;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Screens;
import scot.cswo.assurance.ui.PillCell;
import scot.cswo.assurance.ui.ReasonFormModel;

/**
 * Actions: the improvement action tracker. Every action with its status in the matrix's words,
 * adding and editing actions, and their dated progress notes.
 */
public final class ActionsView {
    private final ActionsViewModel model;
    private final AssuranceState state;
    private final VBox root;

    public ActionsView(ActionsViewModel model, AssuranceState state) {
        this.model = model;
        this.state = state;
        SplitPane split = Screens.listAndDetail(table(), detail(), 0.62);
        this.root = Screens.screen("actions", Messages.get("actions.heading"), Messages.get("actions.explanation"),
                toolbar(), split);
    }

    public Node node() {
        return root;
    }

    private FlowPane toolbar() {
        Screens.Choice<ActionsViewModel.Shown> show = Screens.choice("actions-show", Messages.get("actions.show"),
                Messages.get("actions.show.accessible"),
                FXCollections.observableArrayList(ActionsViewModel.Shown.values()),
                s -> Messages.get("actions.show." + s.name()), model.shownProperty());
        Button add = new Button(Messages.get("actions.add"));
        add.setId("actions-add");
        add.disableProperty().bind(state.below(Role.EDITOR));
        add.setOnAction(e -> edit(null));
        Button edit = new Button(Messages.get("actions.edit"));
        edit.setId("actions-edit");
        edit.disableProperty().bind(state.below(Role.EDITOR).or(model.selectedProperty().isNull()));
        edit.setOnAction(e -> edit(model.selectedProperty().get().tracked()));
        Button note = new Button(Messages.get("actions.note"));
        note.setId("actions-note");
        note.disableProperty().bind(state.below(Role.EDITOR).or(model.selectedProperty().isNull()));
        note.setOnAction(e -> addNote(model.selectedProperty().get().tracked()));
        Button template = new Button(Messages.get("actions.auditScotland"));
        template.setId("actions-audit-scotland");
        template.disableProperty().bind(state.below(Role.EDITOR).or(Bindings.createBooleanBinding(
                model::hasAuditScotland, model.lines())));
        template.setOnAction(e -> model.addAuditScotland());
        return Screens.row(Screens.together(show.label(), show.box()), add, edit, note, template);
    }

    private TableView<ActionLine> table() {
        TableView<ActionLine> table = new TableView<>(model.lines());
        table.setId("actions-table");
        table.setAccessibleText(Messages.get("actions.table.accessible"));
        table.setPlaceholder(new Label(Messages.get("actions.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ActionLine, Status> status = new TableColumn<>(Messages.get("matrix.column.status"));
        status.setPrefWidth(110);
        status.setMinWidth(104);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> PillCell.status());
        table.getColumns().add(status);
        table.getColumns().add(Columns.wrapped("tasks.actions.column.action", 380, l -> l.tracked().action().title()));
        table.getColumns().add(Columns.text("actions.column.lead", 130, l -> lead(l.tracked().action())));
        table.getColumns().add(Columns.date("tasks.actions.column.target", l -> targetDate(l.tracked().action())));
        table.getColumns().add(Columns.fact("tasks.actions.column.progress",
                l -> l.tracked().action().progress().label()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> model.selectedProperty()
                .set(line));
        model.selectedProperty().addListener((obs, old, line) -> {
            if (line != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(line);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selectedProperty().get() != null
                    && state.roleProperty().get().atLeast(Role.EDITOR)) {
                edit(model.selectedProperty().get().tracked());
            }
        });
        return table;
    }

    private VBox detail() {
        Label title = Screens.wrapping("actions-title");
        title.getStyleClass().add("pane-heading");
        Label about = Screens.wrapping("actions-about");
        Label notesHeading = new Label(Messages.get("actions.notes"));
        notesHeading.getStyleClass().add("pane-heading");
        TableView<ActionNote> notes = new TableView<>();
        notes.setId("actions-notes");
        notes.setAccessibleText(Messages.get("actions.notes.accessible"));
        notes.setPlaceholder(new Label(Messages.get("actions.notes.empty")));
        notes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        notes.getColumns().add(Columns.date("actions.notes.date", n -> DateFormats.display(n.date())));
        notes.getColumns().add(Columns.text("actions.notes.by", 110, ActionNote::recordedBy));
        notes.getColumns().add(Columns.wrapped("actions.notes.note", 300, n -> n.evidence().isEmpty() ? n.text()
                : n.text() + "\n" + Messages.get("actions.notes.evidence", n.evidence())));
        notesHeading.setLabelFor(notes);
        model.selectedProperty().addListener((obs, old, line) -> {
            title.setText(line == null ? Messages.get("actions.none") : line.tracked().action().title());
            about.setText(line == null ? "" : about(line));
            notes.getItems().setAll(line == null ? List.<ActionNote>of()
                    : line.tracked().notes().reversed());
        });
        title.setText(Messages.get("actions.none"));
        VBox.setVgrow(notes, Priority.ALWAYS);
        BooleanBinding noNote = notes.getSelectionModel().selectedItemProperty().isNull().or(state.below(Role.EDITOR));
        Button correct = new Button(Messages.get("actions.note.correct"));
        correct.setId("actions-note-correct");
        correct.disableProperty().bind(noNote);
        correct.setOnAction(e -> correctNote(notes.getSelectionModel().getSelectedItem()));
        Button withdraw = new Button(Messages.get("actions.note.withdraw"));
        withdraw.setId("actions-note-withdraw");
        withdraw.disableProperty().bind(noNote);
        withdraw.setOnAction(e -> withdrawNote(notes.getSelectionModel().getSelectedItem()));
        MenuItem correctItem = new MenuItem(Messages.get("actions.note.correct"));
        correctItem.disableProperty().bind(noNote);
        correctItem.setOnAction(e -> correct.fire());
        MenuItem withdrawItem = new MenuItem(Messages.get("actions.note.withdraw"));
        withdrawItem.disableProperty().bind(noNote);
        withdrawItem.setOnAction(e -> withdraw.fire());
        notes.setContextMenu(new ContextMenu(correctItem, withdrawItem));
        notes.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && !noNote.get()) {
                e.consume();
                correct.fire();
            } else if (e.getCode() == KeyCode.DELETE && !noNote.get()) {
                e.consume();
                withdraw.fire();
            }
        });
        notes.setRowFactory(t -> {
            TableRow<ActionNote> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty() && !noNote.get()) {
                    correct.fire();
                }
            });
            return row;
        });
        VBox detail = new VBox(6, title, about, notesHeading, notes, Screens.row(correct, withdraw));
        detail.setPadding(new Insets(0, 0, 0, 8));
        return detail;
    }

    private static String about(ActionLine line) {
        TrackedAction tracked = line.tracked();
        ImprovementAction a = tracked.action();
        return Messages.get("actions.about", a.source().label() + (tracked.sourceRef().isEmpty() ? ""
                        : " (" + tracked.sourceRef() + ")"), lead(a), targetDate(a), a.progress().label(),
                line.status().label());
    }

    private void edit(TrackedAction existing) {
        ActionForm.show(window(), state, model.actionForm(existing), model.leads(), saved -> model.reload());
    }

    private void correctNote(ActionNote note) {
        FormDialog form = new FormDialog(window(), "action-note-correct-dialog", Messages.get("actions.note.correct.title"),
                Messages.get("actions.note.correct.header", DateFormats.display(note.date())),
                Messages.get("correct.save"));
        form.noPersonalDetails();
        ActionNoteFormModel correction = model.noteCorrection(note);
        DateField date = noteFields(form, correction);
        reasonArea(form, "correct.reason").textProperty().bindBidirectional(correction.reasonProperty());
        form.show(state, () -> {
            date.read(ActionNoteField.DATE);
            return correction.change();
        }, saved -> model.reload());
    }

    private void withdrawNote(ActionNote note) {
        FormDialog form = new FormDialog(window(), "action-note-withdraw-dialog",
                Messages.get("actions.note.withdraw.title"),
                Messages.get("actions.note.correct.header", DateFormats.display(note.date())),
                Messages.get("withdraw.save"));
        form.hint(Messages.get("withdraw.note", note.text()));
        ReasonFormModel<TrackedAction> withdrawal = model.noteWithdrawal(note);
        reasonArea(form, "withdraw.reason").textProperty().bindBidirectional(withdrawal.reasonProperty());
        form.show(state, withdrawal::change, saved -> model.reload());
    }

    private static TextArea reasonArea(FormDialog form, String labelKey) {
        TextArea reason = form.field(ActionNoteField.REASON, Messages.get(labelKey), new TextArea());
        reason.setId("action-note-reason");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        return reason;
    }

    /** A note's date, text and evidence, bound to its form's model; returns the date field, read on Save. */
    private static DateField noteFields(FormDialog form, ActionNoteFormModel note) {
        DateField date = form.field(ActionNoteField.DATE, Messages.get("actions.note.date"),
                Dates.picker("action-note-date", null, Messages.get("actions.note.date.accessible")));
        date.valueProperty().bindBidirectional(note.dateProperty());
        TextArea text = form.field(ActionNoteField.NOTE, Messages.get("actions.note.text"), new TextArea());
        text.setId("action-note-text");
        text.setPrefRowCount(4);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(note.textProperty());
        TextField evidence = form.field(ActionNoteField.EVIDENCE, Messages.get("actions.note.evidence"),
                new TextField());
        evidence.setId("action-note-evidence");
        evidence.setPromptText(Messages.get("actions.note.evidence.prompt"));
        evidence.textProperty().bindBidirectional(note.evidenceProperty());
        return date;
    }

    private void addNote(TrackedAction action) {
        FormDialog form = new FormDialog(window(), "action-note-dialog", Messages.get("actions.note.title"),
                action.action().title(), Messages.get("actions.note.save"));
        form.noPersonalDetails();
        ActionNoteFormModel note = model.noteForm(action);
        DateField date = noteFields(form, note);
        form.show(state, () -> {
            date.read(ActionNoteField.DATE);
            return note.change();
        }, saved -> model.reload());
    }

    private static String lead(ImprovementAction action) {
        return action.lead().isEmpty() ? Messages.get("actions.noLead") : action.lead();
    }

    private static String targetDate(ImprovementAction action) {
        return action.targetDate() == null ? Messages.get("tasks.actions.noDate")
                : DateFormats.display(action.targetDate());
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
