package scot.cswo.assurance.ui.matrix;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.schedule.PeriodOutcome;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Screens;
import scot.cswo.assurance.service.chase.ChaseService;
import scot.cswo.assurance.ui.actions.ActionRaiser;
import scot.cswo.assurance.ui.StatusLabel;
import scot.cswo.assurance.ui.editing.MechanismForms;
import scot.cswo.assurance.ui.evidence.EvidenceForms;
import scot.cswo.assurance.ui.evidence.EvidenceList;
import scot.cswo.assurance.ui.history.HistoryWindows;

/**
 * Details of the selected row: its status and why, the mechanism, its leads, frequency, every
 * function it serves, its evidence, and the actions to record more.
 */
final class MatrixRowDetail {
    private final MatrixViewModel model;
    private final AssuranceState state;
    private final EvidenceForms actions;
    private final MechanismForms edits;
    private final HistoryWindows history;
    private final ActionRaiser raiser;
    private final ChaseService chases;
    private final VBox content = new VBox(10);
    private final ScrollPane details = new ScrollPane(content);
    /** The row's buttons, kept in view under its details however long they are. */
    private final FlowPane bar = Screens.row();
    private final BorderPane root = new BorderPane(details);
    private final EvidenceList evidence;

    MatrixRowDetail(MatrixViewModel model, AssuranceState state, EvidenceForms actions, MechanismForms edits,
                    HistoryWindows history, ActionRaiser raiser, ChaseService chases) {
        this.model = model;
        this.state = state;
        this.actions = actions;
        this.edits = edits;
        this.history = history;
        this.raiser = raiser;
        this.chases = chases;
        this.evidence = new EvidenceList("detail-evidence", actions);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("row-detail");
        details.setId("row-detail");
        details.setFitToWidth(true);
        details.setAccessibleText(Messages.get("detail.accessible"));
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("detail-buttons");
        root.setBottom(bar);
        model.visibleLines().chosen().addListener((obs, old, line) -> show(line));
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
            bar.getChildren().clear();
            evidence.show(null);
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
            HBox status = new HBox(8, pill, new VBox(2, reason, chased(row)));
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
        at = fact(facts, at, served.size() > 1 ? "detail.functions.shared" : "detail.functions",
                wrapped(functions.toString()));
        int next = at;
        missedThisYear(row).ifPresent(missed -> fact(facts, next, "detail.missed", missed));

        Button record = new Button(Messages.get("detail.record"));
        record.setId("detail-record");
        record.setOnAction(e -> actions.record(root.getScene().getWindow(), row, saved -> evidence.reload()));
        Button other = new Button(EvidenceForms.insteadOfEvidenceLabel(row, "detail.notApplicable",
                "detail.nothingToReport"));
        other.setOnAction(e -> actions.insteadOfEvidence(root.getScene().getWindow(), row, saved -> evidence.reload()));
        bar.getChildren().setAll(record, other, raiseAction(row));
        bar.getChildren().addAll(changes(row));
        // Offered only where the save would be allowed: a lead's own rows and those they cover.
        BooleanProperty mayRecord = new SimpleBooleanProperty(false);
        actions.mayRecord(row, mayRecord::set);
        record.disableProperty().bind(mayRecord.not());
        other.disableProperty().bind(mayRecord.not().or(new SimpleBooleanProperty(
                EvidenceKind.insteadOfEvidence(row.mechanism().frequency()).isEmpty())));

        Label evidenceHeading = new Label(Messages.get("detail.evidence"));
        evidenceHeading.getStyleClass().add("fact-name");
        content.getChildren().setAll(heading, facts, evidenceHeading, evidence.node());
        evidence.show(row);
    }

    /** "Chased 02/12/2026 by …" under the reason once the row's mechanism has been chased; read in the background. */
    private Label chased(MatrixRow row) {
        Label chased = wrapped("");
        chased.setId("detail-chased");
        chased.managedProperty().bind(chased.textProperty().isNotEmpty());
        state.load(() -> chases.chasedPhrase(row.mechanism().id()), phrase -> chased.setText(phrase.orElse("")));
        return chased;
    }

    /**
     * The periods of the year on screen that were missed, so a missed quarter stays in view after
     * later evidence puts the current one on track.
     */
    private Optional<Label> missedThisYear(MatrixRow row) {
        YearReview year = state.yearToDateProperty().get();
        if (year == null) {
            return Optional.empty();
        }
        List<String> missed = year.outcomes(row).stream().filter(PeriodOutcome::missed)
                .map(o -> o.period().label()).toList();
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        Label label = wrapped(Messages.get("detail.missed.periods", String.join("; ", missed),
                year.year().start().getYear() + "-" + String.format("%02d", year.year().end().getYear() % 100)));
        label.setId("detail-missed");
        return Optional.of(label);
    }

    /** One click from an overdue row to an improvement action in its lead's My tasks (editors). */
    private Button raiseAction(MatrixRow row) {
        MatrixLine line = model.visibleLines().chosen().get();
        boolean overdue = line != null && line.status().status() == Status.OVERDUE;
        Button raise = new Button(Messages.get("detail.raiseAction"));
        raise.setId("detail-raise-action");
        raise.disableProperty().bind(state.below(Role.EDITOR).or(new SimpleBooleanProperty(!overdue)));
        raise.setOnAction(e -> raiser.raise(row, line.status().reason()));
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
                menuItem("detail.moveUp", () -> edits.move(row, -1)),
                menuItem("detail.moveDown", () -> edits.move(row, 1)),
                menuItem("detail.link", () -> edits.link(window(), row, saved -> { })),
                menuItem("detail.retire", () -> edits.retire(window(), row,
                        () -> model.visibleLines().chosen().set(null))));
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

    private static int fact(GridPane grid, int line, String key, Node value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("fact-name");
        // As wide as its words at any text size: "Function served" is never cut to "Function serv…".
        name.setMinWidth(Region.USE_PREF_SIZE);
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
