package scot.cswo.assurance.ui.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportTemplate;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/**
 * The Sections editor: the council's own report template, each chapter's heading, whether it is
 * shown, and its place (moved up or down). Saved for every year's report.
 */
public final class SectionsFormModel extends FormModel<ReportFormField, ReportTemplate> {
    private final ReportService report;
    private final ReportTemplate seen;
    private final Map<ReportSection, String> headings;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    /** A chapter as the editor shows it: its heading (as renamed) and whether the report prints it. */
    public static final class Line {
        private final ReportSection section;
        private final StringProperty heading;
        private final BooleanProperty shown;

        Line(ReportSection section, String heading, boolean shown) {
            this.section = section;
            this.heading = new SimpleStringProperty(heading);
            this.shown = new SimpleBooleanProperty(shown);
        }

        public ReportSection section() {
            return section;
        }

        public StringProperty headingProperty() {
            return heading;
        }

        public BooleanProperty shownProperty() {
            return shown;
        }
    }

    /**
     * @param template the council's template as loaded
     * @param headings every section's heading as loaded (renamed or default)
     */
    public SectionsFormModel(AssuranceState state, DialogService dialogs, ReportService report,
                             ReportTemplate template, Map<ReportSection, String> headings) {
        super(state, dialogs, ReportFormField.class);
        this.report = report;
        this.seen = template;
        this.headings = Map.copyOf(headings);
        template.entries().forEach(e -> lines.add(new Line(e.section(), headings.get(e.section()), e.shown())));
    }

    /** Moves the chapter at {@code index} up (-1) or down (+1); at either end, nothing moves. */
    public void move(int index, int direction) {
        int to = index + direction;
        if (index < 0 || index >= lines.size() || to < 0 || to >= lines.size()) {
            return;
        }
        Line line = lines.remove(index);
        lines.add(to, line);
    }

    /** Puts back the national template's order, every chapter shown and every heading as the app names it. */
    public void national() {
        lines.setAll(ReportTemplate.national().entries().stream()
                .map(e -> new Line(e.section(), e.section().defaultHeading(), true)).toList());
    }

    @Override
    protected Callable<ReportTemplate> change() {
        List<ReportTemplate.Entry> entries = new ArrayList<>();
        Map<ReportSection, String> renamed = new LinkedHashMap<>();
        for (Line line : lines) {
            entries.add(new ReportTemplate.Entry(line.section(), line.shownProperty().get()));
            String heading = line.headingProperty().get() == null ? "" : line.headingProperty().get().strip();
            if (!heading.equals(headings.get(line.section()))) {
                renamed.put(line.section(), heading);
            }
        }
        ReportTemplate template = new ReportTemplate(entries);
        return () -> {
            report.saveTemplate(seen, template);
            renamed.forEach((section, heading) -> report.renameHeading(section, headings.get(section), heading));
            return template;
        };
    }

    public ObservableList<Line> lines() {
        return lines;
    }
}
