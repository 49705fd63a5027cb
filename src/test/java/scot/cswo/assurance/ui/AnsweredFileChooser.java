package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * The window's own dialogs, except that the operating system's open, save and folder dialogs, which a
 * robot cannot drive, are answered with the file (or folder, as saved-as) a test chose; with none chosen
 * it is the real dialog.
 */
final class AnsweredFileChooser implements DialogService {
    private final DialogService window;
    private final AtomicReference<Path> chosen;
    private final AtomicReference<Path> savedAs;

    AnsweredFileChooser(DialogService window, AtomicReference<Path> chosen, AtomicReference<Path> savedAs) {
        this.window = window;
        this.chosen = chosen;
        this.savedAs = savedAs;
    }

    @Override
    public Optional<Path> fileToOpen(String title, List<FileType> types) {
        Path file = chosen.get();
        return file == null ? window.fileToOpen(title, types) : Optional.of(file);
    }

    @Override
    public void failed(Throwable error) {
        window.failed(error);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return window.confirm(title, message, confirmLabel);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String keepLabel) {
        return window.confirm(title, message, confirmLabel, keepLabel);
    }

    @Override
    public boolean discardChanges() {
        return window.discardChanges();
    }

    @Override
    public void done(String title, String message) {
        window.done(title, message);
    }

    @Override
    public void problems(String title, Path file, List<Problem> problems) {
        window.problems(title, file, problems);
    }

    @Override
    public List<Path> filesToOpen(String title) {
        return window.filesToOpen(title);
    }

    @Override
    public Optional<Path> fileToSave(String title, String suggestedName, List<FileType> types) {
        Path file = savedAs.get();
        return file == null ? window.fileToSave(title, suggestedName, types) : Optional.of(file);
    }

    @Override
    public Optional<Path> folderToUse(String title) {
        Path folder = savedAs.get();
        return folder == null ? window.folderToUse(title) : Optional.of(folder);
    }

    @Override
    public Optional<char[]> password(String title, String message) {
        return window.password(title, message);
    }

    @Override
    public <T> Optional<T> choose(String title, String header, String label, T initial, List<T> choices) {
        return window.choose(title, header, label, initial, choices);
    }
}
