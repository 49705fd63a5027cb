package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * Every dialog, alert and file chooser a view-model needs, so that view-models are tested without a
 * window (as JabRef's DialogService). The window's implementation gives each dialog the main window as
 * its owner, so none can open behind it; tests record what would have been shown and answer it.
 */
public interface DialogService {
    /** A file type offered in a chooser: its description and extensions ("*.xlsx"). */
    record FileType(String description, List<String> extensions) {
        public FileType {
            extensions = List.copyOf(extensions);
        }

        public static FileType of(String description, String... extensions) {
            return new FileType(description, List.of(extensions));
        }
    }

    /** Explains a failure: the app's own message where it has one, otherwise a plain note (logged in full). */
    void failed(Throwable error);

    /** Asks before something the user cannot simply undo; true if they confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks as {@link #confirm(String, String, String)}, with the dismiss button in the question's own words. */
    boolean confirm(String title, String message, String confirmLabel, String keepLabel);

    /** Asks whether to throw away what was typed into a form; true to discard, false to keep editing. */
    boolean discardChanges();

    /** Says something finished, with what it produced. */
    void done(String title, String message);

    /** Every problem in a file the user chose, each naming its row, column and value. */
    void problems(String title, Path file, List<Problem> problems);

    /** The open dialog; empty if the user cancelled. */
    Optional<Path> fileToOpen(String title, List<FileType> types);

    /** The open dialog for any number of files of any type; empty if the user cancelled. */
    List<Path> filesToOpen(String title);

    /**
     * The save dialog, suggesting {@code suggestedName}; the chosen type's extension is added when the
     * user typed a name without one. Empty if the user cancelled.
     */
    Optional<Path> fileToSave(String title, String suggestedName, List<FileType> types);

    /** A folder chosen by the user; empty if they cancelled. */
    Optional<Path> folderToUse(String title);

    /**
     * A password typed for this one use (the mail relay's), never kept; empty if the user cancelled.
     * The caller clears the characters once used.
     */
    Optional<char[]> password(String title, String message);

    /** One of {@code choices}, starting at {@code initial}; empty if the user cancelled. */
    <T> Optional<T> choose(String title, String header, String label, T initial, List<T> choices);
}
