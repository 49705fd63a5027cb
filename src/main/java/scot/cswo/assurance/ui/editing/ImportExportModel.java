package scot.cswo.assurance.ui.editing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.service.calendar.DueCalendar;
import scot.cswo.assurance.service.exporting.MatrixExport;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.service.tasks.TaskService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.DialogService.FileType;
import scot.cswo.assurance.ui.Messages;

/**
 * The File menu's spreadsheets and calendars: a framework brought in from a Word document or a
 * spreadsheet (checked and previewed first), the matrix written to one, and due dates for Outlook.
 */
public final class ImportExportModel {
    /** The files a framework is brought in from: the council's Word document, a workbook or a CSV file. */
    public static final List<FileType> FRAMEWORK_FILES = List.of(
            FileType.of(Messages.get("files.frameworks"), "*.docx", "*.xlsx", "*.csv", "*.txt"),
            FileType.of(Messages.get("files.docx"), "*.docx"),
            FileType.of(Messages.get("files.xlsx"), "*.xlsx"),
            FileType.of(Messages.get("files.csv"), "*.csv"));

    private final ImportService imports;
    private final MatrixExport export;
    private final DueCalendar calendar;
    private final TaskService tasks;
    private final AssuranceState state;
    private final DialogService dialogs;

    public ImportExportModel(ImportService imports, MatrixExport export, DueCalendar calendar, TaskService tasks,
                             AssuranceState state, DialogService dialogs) {
        this.imports = imports;
        this.export = export;
        this.calendar = calendar;
        this.tasks = tasks;
        this.state = state;
        this.dialogs = dialogs;
    }

    /**
     * Asks for a file and checks it; {@code show} then previews every row and every problem, where
     * unknown frequencies can be mapped. A file that is not a framework table at all is refused with
     * its problems listed, and nothing changes.
     */
    public void importFramework(Consumer<ImportPreviewModel> show) {
        dialogs.fileToOpen(Messages.get("import.choose"), FRAMEWORK_FILES).ifPresent(file -> preview(file, show));
    }

    /** Reads and checks {@code file}, then offers its preview or lists why it cannot be read. */
    public void preview(Path file, Consumer<ImportPreviewModel> show) {
        state.load(() -> imports.check(file, Map.of()), check -> show.accept(new ImportPreviewModel(imports, state,
                dialogs, file, check)), failure -> {
                    if (failure instanceof InvalidDataException invalid) {
                        dialogs.problems(Messages.get("import.title"), file, invalid.problems());
                    } else {
                        dialogs.failed(failure);
                    }
                });
    }

    /** The matrix with each row's status as of the date being looked at. */
    public void export() {
        dialogs.fileToSave(Messages.get("export.choose"), "assurance-matrix.xlsx", List.of(
                FileType.of(Messages.get("files.xlsx"), "*.xlsx"), FileType.of(Messages.get("files.csv"), "*.csv")))
                .ifPresent(target -> {
                    var asOf = state.asOfProperty().get();
                    state.load(() -> export.write(target, asOf), rows -> dialogs.done(Messages.get("export.title"),
                            Messages.get("export.done", rows, target.toString())), dialogs::failed);
                });
    }

    /** A lead's (or everyone's) due dates for the next twelve months, starting on the signed-in lead. */
    public void calendar() {
        String everyone = Messages.get("calendar.everyone");
        List<Lead> leads = state.boardProperty().get().matrix().leads();
        List<String> choices = new ArrayList<>(List.of(everyone));
        leads.forEach(l -> choices.add(l.name()));
        state.load(tasks::me, me -> {
            Optional<String> chosen = dialogs.choose(Messages.get("calendar.title"), Messages.get("calendar.header"),
                    Messages.get("calendar.whose"), me.map(Lead::name).filter(choices::contains).orElse(everyone),
                    choices);
            if (chosen.isEmpty()) {
                return;
            }
            Optional<Lead> lead = leads.stream().filter(l -> l.name().equals(chosen.get())).findFirst();
            String suggested = lead.map(l -> l.name().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(Locale.ROOT)
                    + "-").orElse("") + "assurance-due-dates.ics";
            dialogs.fileToSave(Messages.get("calendar.choose"), suggested,
                    List.of(FileType.of(Messages.get("files.ics"), "*.ics"))).ifPresent(target -> state.load(
                            () -> calendar.write(target, lead), events -> dialogs.done(Messages.get("calendar.title"),
                                    Messages.get("calendar.done", events, target.toString())), dialogs::failed));
        }, dialogs::failed);
    }
}
