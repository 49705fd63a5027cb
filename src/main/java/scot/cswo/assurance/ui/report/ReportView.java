package scot.cswo.assurance.ui.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.ExceptionNoteField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Screens;
import scot.cswo.assurance.ui.actions.ActionRaiser;

/**
 * The Report screen: choose a year, write the narrative sections with a live preview, record why
 * periods were missed, then preview, save or print the whole report.
 */
public final class ReportView {
    private final ReportViewModel model;
    private final AssuranceState state;
    private final ActionRaiser raiser;
    private final BorderPane root = new BorderPane();
    private final StackPane editor = new StackPane();
    private final MarkdownView preview = new MarkdownView();

    public ReportView(ReportViewModel model, AssuranceState state, ActionRaiser raiser) {
        this.model = model;
        this.state = state;
        this.raiser = raiser;
        root.setTop(toolbar());
        root.setLeft(entries());
        root.setCenter(editor);
        root.setBottom(statusLine());
        model.selectedProperty().addListener((obs, old, entry) -> showEntry(entry));
        model.textProperty().addListener((obs, old, text) -> preview.show(text));
        showEntry(model.selectedProperty().get());
        preview.show(model.textProperty().get());
        root.setId("report");
    }

    public Node node() {
        return root;
    }

    /** Ctrl+S on this screen. */
    public void save() {
        model.save();
    }

    /** Ctrl+P, from anywhere in the window; while the screen is still loading its year, nothing. */
    public void print() {
        if (!model.busyProperty().get() && model.yearProperty().get() != null) {
            model.print();
        }
    }

    private Node toolbar() {
        ComboBox<ReportYear> year = new ComboBox<>(model.years());
        year.setId("report-year");
        year.setAccessibleText(Messages.get("report.year.accessible"));
        year.valueProperty().bindBidirectional(model.yearProperty());
        Label yearLabel = new Label(Messages.get("report.year"));
        yearLabel.setLabelFor(year);
        yearLabel.setMnemonicParsing(true);
        Button save = button("report-save", "report.save", e -> model.save());
        save.disableProperty().bind(model.dirtyProperty().not());
        Button preview = button("report-preview", "report.preview", e -> model.preview(this::showPages));
        Button saveAs = button("report-save-pdf", "report.savePdf", e -> model.saveFiles());
        Button annex = button("report-save-annex", "report.saveAnnex", e -> model.saveAnnex());
        Button sections = button("report-sections", "report.sections", e -> model.editSections(form ->
                ReportTableDialogs.sections(window(), form, model::reload)));
        Button resources = button("report-resources", "report.resources", e -> model.editResources(form ->
                ReportTableDialogs.resources(window(), form, model::reload)));
        for (Button b : List.of(sections, resources)) {
            b.disableProperty().bind(model.busyProperty());
        }
        Button print = button("report-print", "report.print", e -> model.print());
        for (Button b : List.of(preview, saveAs, annex, print)) {
            b.disableProperty().bind(model.busyProperty());
        }
        return bar(8, List.of(Screens.together(yearLabel, year), save, sections, resources),
                List.of(preview, saveAs, annex, print));
    }

    /**
     * A bar of controls, {@code left} then {@code right}, {@code above} pixels from its top and bottom,
     * carrying on onto a further line when the window is too narrow for it rather than cutting a word.
     */
    static FlowPane bar(double above, List<Node> left, List<Node> right) {
        List<Node> nodes = new ArrayList<>(left);
        nodes.add(new Separator(Orientation.VERTICAL));
        nodes.addAll(right);
        FlowPane bar = Screens.row(nodes.toArray(Node[]::new));
        bar.setPadding(new Insets(above, 10, above, 10));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private static Button button(String id, String key, EventHandler<ActionEvent> action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(action);
        return button;
    }

    private Node entries() {
        ListView<ReportEntry> list = new ListView<>(model.entries());
        list.setId("report-entries");
        list.setAccessibleText(Messages.get("report.entries.accessible"));
        list.setPrefWidth(250);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // A long heading ("Service quality and performance, including …") wraps within the
                // list instead of widening every entry past it.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ReportEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.label());
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                model.selectedProperty().set(entry);
            }
        });
        Label heading = new Label(Messages.get("report.entries"));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(list);
        VBox box = new VBox(4, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 8, 10));
        return box;
    }

    private void showEntry(ReportEntry entry) {
        if (entry == null) {
            return;
        }
        editor.getChildren().setAll(switch (entry.kind()) {
            case COVER -> cover();
            case NARRATIVE -> narrative();
            case EXCEPTIONS -> exceptions();
        });
    }

    private Node narrative() {
        TextField heading = new TextField();
        heading.setId("report-heading");
        heading.textProperty().bindBidirectional(model.headingProperty());
        heading.setAccessibleText(Messages.get("report.heading.accessible"));
        Label headingLabel = new Label(Messages.get("report.heading"));
        headingLabel.setLabelFor(heading);
        headingLabel.setMnemonicParsing(true);
        TextArea text = new TextArea();
        text.setId("report-text");
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.textProperty());
        text.setAccessibleText(Messages.get("report.text.accessible"));
        Label hint = new Label(Messages.get("report.text.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint");
        Label privacy = new Label(Messages.get("evidence.privacy"));
        privacy.setWrapText(true);
        privacy.setMinHeight(Region.USE_PREF_SIZE);
        privacy.getStyleClass().add("hint");
        TextField altText = new TextField();
        altText.setId("report-picture-alt");
        altText.textProperty().bindBidirectional(model.pictureAltTextProperty());
        Label altLabel = new Label(Messages.get("report.picture.alt"));
        altLabel.setLabelFor(altText);
        altLabel.setMnemonicParsing(true);
        altText.setAccessibleText(Messages.get("report.picture.alt.accessible"));
        Button insert = button("report-insert-picture", "report.picture.insert",
                e -> model.insertPicture(text.getCaretPosition()));
        altLabel.setMinWidth(Region.USE_PREF_SIZE);
        insert.setMinWidth(Region.USE_PREF_SIZE);
        HBox picture = new HBox(8, altLabel, altText, insert);
        HBox.setHgrow(altText, Priority.ALWAYS);
        Label caseStudy = new Label(Messages.get("report.caseStudy.reminder"));
        caseStudy.setWrapText(true);
        caseStudy.setMinHeight(Region.USE_PREF_SIZE);
        caseStudy.getStyleClass().add("hint");
        VBox write = new VBox(6, new HBox(8, headingLabel, heading), text, hint, picture, caseStudy, privacy);
        HBox.setHgrow(heading, Priority.ALWAYS);
        VBox.setVgrow(text, Priority.ALWAYS);
        write.setPadding(new Insets(8));
        Label previewHeading = new Label(Messages.get("report.livePreview"));
        previewHeading.getStyleClass().add("pane-heading");
        ScrollPane scroll = new ScrollPane(preview.node());
        scroll.setFitToWidth(true);
        scroll.setId("report-live-preview");
        scroll.setAccessibleText(Messages.get("report.livePreview"));
        VBox show = new VBox(6, previewHeading, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        show.setPadding(new Insets(8));
        SplitPane split = new SplitPane(write, show);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        return split;
    }

    private Node cover() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        for (String key : ReportViewModel.COVER_KEYS) {
            TextField field = new TextField();
            field.setId("report-" + key.replace('.', '-'));
            field.textProperty().bindBidirectional(model.coverProperty(key));
            field.setPrefColumnCount(40);
            Label label = new Label(Messages.get("report." + key));
            // The field gives way when the screen is narrow: "Report to" and "Report number" must not both read "Report…".
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setLabelFor(field);
            label.setMnemonicParsing(true);
            field.setAccessibleText(label.getText().replace("_", "").replace(":", ""));
            grid.addRow(row++, label, field);
        }
        CheckBox nameLeads = new CheckBox(Messages.get("report.nameLeads"));
        nameLeads.setId("report-name-leads");
        nameLeads.selectedProperty().bindBidirectional(model.nameLeadsProperty());
        grid.add(nameLeads, 1, row++);
        Label nameLeadsHint = new Label(Messages.get("report.nameLeads.hint"));
        nameLeadsHint.setWrapText(true);
        nameLeadsHint.setMinHeight(Region.USE_PREF_SIZE);
        nameLeadsHint.getStyleClass().add("hint");
        grid.add(nameLeadsHint, 1, row++);
        Label position = new Label(model.positionNote());
        position.setId("report-position");
        position.getStyleClass().add("hint");
        grid.add(position, 1, row);
        return grid;
    }

    private Node exceptions() {
        TableView<AnnualReportData.Exception> table = new TableView<>(model.exceptions());
        table.setId("report-exceptions");
        table.setAccessibleText(Messages.get("report.entry.exceptions"));
        table.setPlaceholder(new Label(Messages.get("report.exceptions.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.fact("report.exceptions.ref", e -> e.rows().getFirst().ref().text()));
        table.getColumns().add(Columns.text("matrix.column.mechanism", 280, e -> e.mechanism().description()));
        table.getColumns().add(Columns.fact("report.exceptions.period", e -> e.period() == null ? ""
                : e.period().label() + (e.overdueAtYearEnd() ? " " + Messages.get("report.exceptions.overdue") : "")));
        table.getColumns().add(Columns.text("report.exceptions.reason", 220, e -> e.note() == null ? "" : e.note().reason()));
        table.getColumns().add(Columns.text("report.exceptions.action", 220, e -> e.note() == null ? "" : e.note().action()));
        Button note = new Button(Messages.get("report.exceptions.record"));
        note.setId("report-exception-note");
        // Several missed periods (Ctrl or Shift and click) can be given one reason and action at once.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        note.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        note.setOnAction(e -> recordReason(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button raise = new Button(Messages.get("detail.raiseAction"));
        raise.setId("report-exception-raise-action");
        raise.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(state.below(Role.EDITOR)));
        raise.setOnAction(e -> {
            AnnualReportData.Exception missed = table.getSelectionModel().getSelectedItem();
            raiser.raise(missed.rows().getFirst(), missed.period() == null
                    ? Messages.get("report.exceptions.notDone") : Messages.get("report.exceptions.missed",
                    missed.period().label()));
        });
        Label hint = new Label(Messages.get("report.exceptions.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, hint, table, Screens.row(note, raise));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** One reason and action for the missed periods chosen; an action not done by its date has no period to explain. */
    private void recordReason(List<AnnualReportData.Exception> chosen) {
        List<AnnualReportData.Exception> missed = chosen.stream().filter(e -> e.period() != null).toList();
        if (missed.isEmpty()) {
            return;
        }
        AnnualReportData.Exception first = missed.getFirst();
        String header = missed.size() == 1
                ? first.rows().getFirst().ref().text() + "  " + first.mechanism().description() + "\n"
                        + first.period().label()
                : Messages.get("report.exceptions.several", missed.size()) + missed.stream()
                        .map(e -> "\n" + e.rows().getFirst().ref().text() + "  " + e.period().label())
                        .collect(Collectors.joining());
        FormDialog form = new FormDialog(window(), "exception-dialog", Messages.get(missed.size() == 1
                ? "report.exceptions.title" : "report.exceptions.title.several"), header,
                Messages.get("evidence.save"));
        ExceptionNoteFormModel note = model.exceptionNote(missed);
        TextArea reason = form.field(ExceptionNoteField.REASON, Messages.get("report.exceptions.reason.field"),
                new TextArea());
        reason.setId("exception-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(note.reasonProperty());
        TextArea action = form.field(ExceptionNoteField.ACTION, Messages.get("report.exceptions.action.field"),
                new TextArea());
        action.setId("exception-action");
        action.setPrefRowCount(3);
        action.setWrapText(true);
        action.textProperty().bindBidirectional(note.actionProperty());
        form.show(state, note::change, saved -> model.refreshExceptions());
    }

    private Node statusLine() {
        Label message = new Label();
        message.setId("report-message");
        message.textProperty().bind(model.messageProperty());
        Label unsaved = new Label(Messages.get("report.unsaved"));
        unsaved.visibleProperty().bind(model.dirtyProperty());
        unsaved.managedProperty().bind(model.dirtyProperty());
        unsaved.getStyleClass().add("field-message");
        HBox line = new HBox(12, unsaved, message);
        line.setId("report-status");
        line.setPadding(new Insets(4, 10, 6, 10));
        return line;
    }

    private void showPages(List<BufferedImage> pages) {
        PagePreview.show(window(), Messages.get("report.preview.title", model.yearProperty().get().label(),
                pages.size()), pages);
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
