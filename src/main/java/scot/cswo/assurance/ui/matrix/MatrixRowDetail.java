package scot.cswo.assurance.ui.matrix;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.actions.RaiseAction;
import scot.cswo.assurance.ui.StatusLabel;
import scot.cswo.assurance.ui.editing.MatrixEditActions;
import scot.cswo.assurance.ui.evidence.EvidenceActions;
import scot.cswo.assurance.ui.history.HistoryWindows;

/**
 * Details of the selected row: its status and why, the mechanism, its leads, frequency, every
 * function it serves, its evidence, and the actions to record more.
 */
final class MatrixRowDetail {
    private final MatrixViewModel model;
    private final AssuranceState state;
    private final EvidenceActions actions;
    private final MatrixEditActions edits;
    private final HistoryWindows history;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final ObservableList<EvidenceEntry> evidence = FXCollections.observableArrayList();

    MatrixRowDetail(MatrixViewModel model, AssuranceState state, EvidenceActions actions, MatrixEditActions edits,
                    HistoryWindows history) {
        this.model = model;
        this.state = state;
        this.actions = actions;
        this.edits = edits;
        this.history = history;
        content.setPadding(new Insets(12));
        content.getStyleClass().add("row-detail");
        root.setId("row-detail");
        root.setFitToWidth(true);
        root.setAccessibleText(Messages.get("detail.accessible"));
        model.selectedProperty().addListener((obs, old, line) -> show(line));
        show(null);
    }

    Node node() {
        return root;
    }

    private void show(MatrixLine line) {
        if (line == null) {
            Label hint = new Label(Messages.get("detail.none"));
            hint.getStyleClass().add("hint");
            content.getChildren().setAll(hint);
            evidence.clear();
            return;
        }
        MatrixRow row = line.row();
        Label heading = wrapped(row.ref().text() + "  " + row.mechanism().description());
        heading.getStyleClass().add("detail-heading");
        heading.setId("detail-heading");

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        int at = 0;
        if (line.status() != null) {
            Label pill = StatusLabel.of(line.status().status());
            Label reason = wrapped(line.status().reason());
            reason.setId("detail-reason");
            HBox status = new HBox(8, pill, reason);
            at = fact(facts, at, "detail.status", status);
        }
        at = fact(facts, at, "detail.leads", wrapped(leads(row.mechanism().leads())));
        at = fact(facts, at, "detail.frequency", wrapped(row.mechanism().frequency().wording() + " — "
                + explain(row.mechanism().frequency())));
        List<MatrixRow> served = model.rowsOfSelectedMechanism();
        StringBuilder functions = new StringBuilder();
        for (MatrixRow r : served) {
            functions.append(functions.isEmpty() ? "" : "\n").append(r.ref().text()).append("  ")
                    .append(Messages.get("detail.function", r.function().number(), r.function().title()));
        }
        fact(facts, at, served.size() > 1 ? "detail.functions.shared" : "detail.functions", wrapped(functions.toString()));

        Button record = new Button(Messages.get("detail.record"));
        record.setId("detail-record");
        record.setOnAction(e -> actions.record(root.getScene().getWindow(), row, saved -> load(row)));
        Button other = row.mechanism().frequency() instanceof Frequency.EventDriven
                ? new Button(Messages.get("detail.nothingToReport"))
                : new Button(Messages.get("detail.notApplicable"));
        other.setOnAction(e -> {
            if (row.mechanism().frequency() instanceof Frequency.EventDriven) {
                actions.nothingToReport(root.getScene().getWindow(), row, saved -> load(row));
            } else {
                actions.notApplicable(root.getScene().getWindow(), row, saved -> load(row));
            }
        });
        HBox buttons = new HBox(8, record, other, raiseAction(row));
        buttons.getChildren().addAll(changes(row));
        record.disableProperty().bind(state.below(Role.LEAD));
        other.disableProperty().bind(state.below(Role.LEAD).or(new SimpleBooleanProperty(
                row.mechanism().frequency() instanceof Frequency.OneOff)));

        Label evidenceHeading = new Label(Messages.get("detail.evidence"));
        evidenceHeading.getStyleClass().add("fact-name");
        content.getChildren().setAll(heading, facts, buttons, evidenceHeading, evidenceTable());
        load(row);
    }

    /** One click from an overdue row to an improvement action in its lead's My tasks (editors). */
    private Button raiseAction(MatrixRow row) {
        MatrixLine line = model.selectedProperty().get();
        boolean overdue = line != null && line.status().status() == Status.OVERDUE;
        Button raise = new Button(Messages.get("detail.raiseAction"));
        raise.setId("detail-raise-action");
        raise.disableProperty().bind(state.below(Role.EDITOR).or(new SimpleBooleanProperty(!overdue)));
        raise.setOnAction(e -> RaiseAction.from(state, window(), row, line.status().reason()));
        return raise;
    }

    /** Changing the row in the matrix (editors), and its history (everyone). */
    private List<Node> changes(MatrixRow row) {
        Button edit = button("detail-edit", "detail.edit", Role.EDITOR,
                () -> edits.editMechanism(window(), row, saved -> { }));
        Button changes = button("detail-history", "detail.history", Role.VIEWER, () -> history.of(window(), row));
        MenuButton more = new MenuButton(Messages.get("detail.more"));
        more.setId("detail-more");
        more.getItems().addAll(
                menuItem("detail.moveUp", () -> edits.move(window(), row, -1)),
                menuItem("detail.moveDown", () -> edits.move(window(), row, 1)),
                menuItem("detail.link", () -> edits.link(window(), row, saved -> { })),
                menuItem("detail.retire", () -> edits.retire(window(), row, () -> model.selectedProperty().set(null))));
        more.disableProperty().bind(state.below(Role.EDITOR));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return List.of(spring, edit, changes, more);
    }

    private static MenuItem menuItem(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Button button(String id, String key, Role minimum, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(state.below(minimum));
        return button;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void load(MatrixRow row) {
        state.load(() -> state.workspace().evidence().list(Optional.of(row.ref()), true), entries -> {
            MatrixLine selected = model.selectedProperty().get();
            if (selected != null && selected.row().ref().equals(row.ref())) {
                evidence.setAll(entries);
            }
        });
    }

    private TableView<EvidenceEntry> evidenceTable() {
        TableView<EvidenceEntry> table = new TableView<>(evidence);
        table.setId("detail-evidence");
        table.setAccessibleText(Messages.get("detail.evidence"));
        table.setPlaceholder(new Label(Messages.get("detail.evidence.none")));
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.<EvidenceEntry>text("detail.evidence.date", 90, e -> DateFormats.display(e.evidence().date())));
        table.getColumns().add(Columns.<EvidenceEntry>text("detail.evidence.what", 320, MatrixRowDetail::what));
        table.getColumns().add(Columns.<EvidenceEntry>text("detail.evidence.reference", 110, e -> nullToEmpty(e.evidence().reference())));
        table.getColumns().add(Columns.<EvidenceEntry>text("detail.evidence.conclusion", 150, e -> e.evidence().conclusion() == null ? ""
                : e.evidence().conclusion().label()));
        table.getColumns().add(Columns.<EvidenceEntry>text("detail.evidence.recordedBy", 160, MatrixRowDetail::recordedBy));
        return table;
    }

    private static String what(EvidenceEntry entry) {
        Evidence e = entry.evidence();
        String prefix = switch (e.kind()) {
            case NOT_APPLICABLE -> Messages.get("detail.evidence.notApplicable") + " ";
            case NOTHING_TO_REPORT, EVIDENCE -> "";
        };
        String suffix = !e.current() ? " " + (e.withdrawnReason() != null
                ? Messages.get("detail.evidence.withdrawn", e.withdrawnReason())
                : Messages.get("detail.evidence.corrected")) : "";
        String files = e.attachments().isEmpty() ? "" : " " + Messages.get("detail.evidence.files", e.attachments().size());
        return prefix + e.note() + files + suffix;
    }

    private static String recordedBy(EvidenceEntry entry) {
        Evidence e = entry.evidence();
        String by = e.providedBy() != null ? e.providedBy() + " (" + e.recordedBy() + ")" : e.recordedBy();
        return e.actingFor() == null ? by : Messages.get("detail.evidence.actingFor", by, e.actingFor());
    }

    private static int fact(GridPane grid, int line, String key, Node value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("fact-name");
        name.setMinWidth(130);
        name.setLabelFor(value);
        GridPane.setValignment(name, VPos.TOP);
        grid.addRow(line, name, value);
        return line + 1;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String leads(List<Lead> leads) {
        StringBuilder text = new StringBuilder();
        for (Lead lead : leads) {
            text.append(text.isEmpty() ? "" : "\n").append(lead.name());
            if (lead.jobTitle() != null && !lead.jobTitle().isBlank()) {
                text.append(", ").append(lead.jobTitle());
            }
            if (lead.role()) {
                text.append(" ").append(Messages.get("detail.role"));
            }
        }
        return text.toString();
    }

    static String explain(Frequency frequency) {
        return switch (frequency) {
            case Frequency.Periodic p -> Messages.get("frequency.explain." + p.cadence().name());
            case Frequency.MeetingCycle m -> Messages.get(m.asAvailable() ? "frequency.explain.meeting.available"
                    : "frequency.explain.meeting", m.series().title());
            case Frequency.EventDriven e -> Messages.get("frequency.explain.event");
            case Frequency.OneOff o -> Messages.get("frequency.explain.once", DateFormats.display(o.target()));
        };
    }
}
