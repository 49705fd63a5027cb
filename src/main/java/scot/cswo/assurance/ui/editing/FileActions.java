package scot.cswo.assurance.ui.editing;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.FxDialogService;
import scot.cswo.assurance.ui.Messages;

/** Import from a spreadsheet (checked and previewed first), export to one, and calendars for Outlook. */
public final class FileActions {
    private static final int PROBLEMS_SHOWN = 200;

    private final AssuranceState state;

    public FileActions(AssuranceState state) {
        this.state = state;
    }

    /** Choose a file, see what it would create, then confirm; a bad file is refused with every problem listed. */
    public void importFramework(Window owner) {
        spreadsheetToOpen(owner, Messages.get("import.choose")).ifPresent(file -> preview(owner, file));
    }

    /** The open dialog for a workbook or CSV file a user brings in. */
    public static Optional<Path> spreadsheetToOpen(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("files.spreadsheets"), "*.xlsx", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("files.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(Messages.get("files.csv"), "*.csv"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Reads and checks a file, then shows the preview or the problems. */
    public void preview(Window owner, Path file) {
        state.load(() -> state.workspace().imports().preview(file), preview -> confirm(owner, preview),
                failure -> {
                    if (failure instanceof InvalidDataException invalid) {
                        problems(owner, Messages.get("import.title"), file, invalid.problems());
                    } else {
                        Alerts.failed(owner, failure);
                    }
                });
    }

    private void confirm(Window owner, ImportService.Preview preview) {
        MatrixDraft draft = preview.draft();
        FormDialog form = new FormDialog(owner, "import-dialog", Messages.get("import.title"),
                Messages.get("import.header", preview.source(), draft.functions().size(), draft.mechanisms().size(),
                        draft.rows().size()), Messages.get("import.save"));
        form.note(rows(draft));
        preview.notes().forEach(form::hint);
        if (!preview.newLeads().isEmpty()) {
            form.hint(Messages.get("import.newLeads", preview.newLeads().size(),
                    String.join("; ", preview.newLeads())));
        }
        FrameworkActions.DetailFields fields = new FrameworkActions.DetailFields(form, preview.suggested());
        form.hint(preview.replaces() == null ? Messages.get("import.first")
                : Messages.get("import.replaces", preview.replaces().name()));
        form.show(state, () -> {
            var details = fields.details(preview.suggested().yearStart(), preview.suggested().graceDays());
            return () -> state.workspace().imports().apply(preview, details);
        }, imported -> Alerts.done(owner, Messages.get("import.title"), Messages.get("import.done",
                imported.framework().name(), imported.rows().size())));
    }

    private static TableView<MatrixDraft.RowDraft> rows(MatrixDraft draft) {
        TableView<MatrixDraft.RowDraft> table = new TableView<>(FXCollections.observableArrayList(draft.rows()));
        table.setId("import-rows");
        table.setAccessibleText(Messages.get("import.rows"));
        table.setPrefSize(860, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("import.ref", 60, r -> r.ref().text()));
        table.getColumns().add(Columns.text("import.function", 70, r -> Integer.toString(r.functionNumber())));
        table.getColumns().add(Columns.text("import.mechanism", 380, r -> draft.mechanisms().get(r.mechanismIndex())
                .description()));
        table.getColumns().add(Columns.text("import.leads", 200, r -> draft.mechanisms().get(r.mechanismIndex()).leads()
                .stream().map(MatrixDraft.LeadDraft::name).collect(Collectors.joining(" / "))));
        table.getColumns().add(Columns.text("import.frequency", 140, r -> draft.mechanisms().get(r.mechanismIndex())
                .frequency().wording()));
        return table;
    }

    /** Every problem in the file, each naming its row, column and value, so it can be fixed in one go. */
    public static void problems(Window owner, String title, Path file, List<Problem> problems) {
        new FxDialogService(() -> owner).problems(title, file, problems);
    }

    /** The matrix with each row's status as of the date being looked at. */
    public void export(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.choose"));
        chooser.setInitialFileName("assurance-matrix.xlsx");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("files.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(Messages.get("files.csv"), "*.csv"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path target = withExtension(file.toPath(), chooser.getSelectedExtensionFilter());
        LocalDate asOf = state.asOfProperty().get();
        state.load(() -> state.workspace().export().write(target, asOf), rows -> Alerts.done(owner,
                Messages.get("export.title"), Messages.get("export.done", rows, target.toString())),
                failure -> Alerts.failed(owner, failure));
    }

    /** A lead's (or everyone's) due dates for the next twelve months, for Outlook. */
    public void calendar(Window owner) {
        String everyone = Messages.get("calendar.everyone");
        List<Lead> leads = state.boardProperty().get().matrix().leads();
        List<String> choices = new ArrayList<>(List.of(everyone));
        leads.forEach(l -> choices.add(l.name()));
        state.load(() -> state.workspace().tasks().me(), me -> {
            ChoiceDialog<String> whose = new ChoiceDialog<>(me.map(Lead::name).filter(choices::contains)
                    .orElse(everyone), choices);
            whose.initOwner(owner);
            whose.setTitle(Messages.get("calendar.title"));
            whose.setHeaderText(Messages.get("calendar.header"));
            whose.setContentText(Messages.get("calendar.whose"));
            whose.getDialogPane().setId("calendar-dialog");
            Optional<String> chosen = whose.showAndWait();
            if (chosen.isEmpty()) {
                return;
            }
            Optional<Lead> lead = leads.stream().filter(l -> l.name().equals(chosen.get())).findFirst();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("calendar.choose"));
            chooser.setInitialFileName(lead.map(l -> l.name().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(
                    java.util.Locale.ROOT) + "-").orElse("") + "assurance-due-dates.ics");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.ics"), "*.ics"));
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return;
            }
            Path target = withExtension(file.toPath(), chooser.getSelectedExtensionFilter());
            state.load(() -> state.workspace().calendar().write(target, lead), events -> Alerts.done(owner,
                    Messages.get("calendar.title"), Messages.get("calendar.done", events, target.toString())),
                    failure -> Alerts.failed(owner, failure));
        });
    }

    /** Adds the chosen filter's extension when the user typed a name without one. */
    public static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        return FxDialogService.withExtension(file, filter);
    }
}
