package scot.cswo.assurance.ui.matrix;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.ui.Messages;

/** Details of the selected row: the mechanism, its leads, frequency and every function it serves. */
final class MatrixRowDetail {
    private final MatrixViewModel model;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);

    MatrixRowDetail(MatrixViewModel model) {
        this.model = model;
        content.setPadding(new Insets(12));
        content.getStyleClass().add("row-detail");
        root.setId("row-detail");
        root.setFitToWidth(true);
        root.setAccessibleText(Messages.get("detail.accessible"));
        model.selectedProperty().addListener((obs, old, row) -> show(row));
        show(null);
    }

    Node node() {
        return root;
    }

    private void show(MatrixRow row) {
        if (row == null) {
            Label hint = new Label(Messages.get("detail.none"));
            hint.getStyleClass().add("hint");
            content.getChildren().setAll(hint);
            return;
        }
        Label heading = wrapped(row.ref().text() + "  " + row.mechanism().description());
        heading.getStyleClass().add("detail-heading");
        heading.setId("detail-heading");

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        int line = 0;
        line = fact(facts, line, "detail.leads", leads(row.mechanism().leads()));
        line = fact(facts, line, "detail.frequency", row.mechanism().frequency().wording() + " — "
                + explain(row.mechanism().frequency()));
        List<MatrixRow> served = model.rowsOfSelectedMechanism();
        StringBuilder functions = new StringBuilder();
        for (MatrixRow r : served) {
            functions.append(functions.isEmpty() ? "" : "\n").append(r.ref().text()).append("  ")
                    .append(Messages.get("detail.function", r.function().number(), r.function().title()));
        }
        fact(facts, line, served.size() > 1 ? "detail.functions.shared" : "detail.functions", functions.toString());
        content.getChildren().setAll(heading, facts);
    }

    private static int fact(GridPane grid, int line, String key, String value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("fact-name");
        name.setMinWidth(130);
        Label text = wrapped(value);
        name.setLabelFor(text);
        GridPane.setValignment(name, VPos.TOP);
        grid.addRow(line, name, text);
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
