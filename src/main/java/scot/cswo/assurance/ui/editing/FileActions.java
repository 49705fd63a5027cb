package scot.cswo.assurance.ui.editing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.ui.FxDialogService;

/**
 * The file dialogs the dataset screen still opens itself. It goes once that screen asks through
 * {@link scot.cswo.assurance.ui.DialogService} (with {@link ImportExportModel#SPREADSHEETS}); the
 * matrix's import and export are in {@link ImportExport}.
 */
public final class FileActions {
    private FileActions() {
    }

    /** The open dialog for a workbook or CSV file a user brings in. */
    public static Optional<Path> spreadsheetToOpen(Window owner, String title) {
        return new FxDialogService(() -> owner).fileToOpen(title, ImportExportModel.SPREADSHEETS);
    }

    /** Every problem in the file, each naming its row, column and value, so it can be fixed in one go. */
    public static void problems(Window owner, String title, Path file, List<Problem> problems) {
        new FxDialogService(() -> owner).problems(title, file, problems);
    }

    /** Adds the chosen filter's extension when the user typed a name without one. */
    public static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        return FxDialogService.withExtension(file, filter);
    }
}
