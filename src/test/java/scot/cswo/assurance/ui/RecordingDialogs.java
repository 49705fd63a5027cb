package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * The dialogs a view-model would show, recorded instead of shown, and answered as a test tells it:
 * confirmations, files chosen and choices made are taken in order from what was given.
 */
public final class RecordingDialogs implements DialogService {
    /** A dialog as it would have been shown: its kind ("failed", "confirm", …), title and text. */
    public record Shown(String kind, String title, String text) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<List<Problem>> problems = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final Deque<Function<List<?>, Optional<?>>> choices = new ArrayDeque<>();

    /** The next confirmation is answered {@code yes}. */
    public RecordingDialogs confirming(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    /** The next file chooser answers {@code file}, or is cancelled for null. */
    public RecordingDialogs choosingFile(Path file) {
        files.add(Optional.ofNullable(file));
        return this;
    }

    /** The next choice is the one {@code pick} takes from the choices offered (empty: cancelled). */
    public RecordingDialogs choosing(Function<List<?>, Optional<?>> pick) {
        choices.add(pick);
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    /** Each list of problems shown, in order. */
    public List<List<Problem>> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void failed(Throwable error) {
        failures.add(error);
        shown.add(new Shown("failed", null, error.getMessage()));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(new Shown("confirm", title, message));
        if (confirmations.isEmpty()) {
            throw new AssertionError("Unexpected confirmation: " + message);
        }
        return confirmations.remove();
    }

    @Override
    public void done(String title, String message) {
        shown.add(new Shown("done", title, message));
    }

    @Override
    public void problems(String title, Path file, List<Problem> found) {
        problems.add(List.copyOf(found));
        shown.add(new Shown("problems", title, file.getFileName().toString()));
    }

    @Override
    public Optional<Path> folderToUse(String title) {
        return file("folderToUse", title);
    }

    @Override
    public Optional<Path> fileToOpen(String title, List<FileType> types) {
        return file("fileToOpen", title);
    }

    @Override
    public Optional<Path> fileToSave(String title, String suggestedName, List<FileType> types) {
        return file("fileToSave", title + ": " + suggestedName);
    }

    private Optional<Path> file(String kind, String title) {
        shown.add(new Shown(kind, title, null));
        if (files.isEmpty()) {
            throw new AssertionError("Unexpected file chooser: " + title);
        }
        return files.remove();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String header, String label, T initial, List<T> offered) {
        shown.add(new Shown("choose", title, offered.toString()));
        if (choices.isEmpty()) {
            throw new AssertionError("Unexpected choice: " + title);
        }
        return (Optional<T>) choices.remove().apply(offered);
    }
}
