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
 * The dialogs a view-model would show, recorded instead of shown, and answered as a test tells it.
 * Answers are given either by kind ({@link #confirming}, {@link #choosingFile}, {@link #choosing}) or
 * as one queue in order ({@link #answering}: a Path for a file chooser, a List of Paths for several
 * files, a Boolean for a question, a String for a password, an Integer, the index of the choice, for a choice). With no answer
 * given the user cancels.
 */
public final class RecordingDialogs implements DialogService {
    /** A dialog as it would have been shown: its kind ("failed", "confirm", …), title and text. */
    public record Shown(String kind, String title, String text) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<List<Problem>> problems = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final Deque<Function<List<?>, Optional<?>>> choices = new ArrayDeque<>();
    private final Deque<Object> answers = new ArrayDeque<>();

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

    /** Queues the user's next answers, in order, whatever dialogs ask for them. */
    public RecordingDialogs answering(Object... next) {
        answers.addAll(List.of(next));
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    /** What was said or asked, one line each: "done: title: message", "choose: title: a | b (initially a)". */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    /** Each list of problems shown, in order. */
    public List<List<Problem>> problems() {
        return List.copyOf(problems);
    }

    private void record(Shown dialog, String line) {
        shown.add(dialog);
        lines.add(line);
    }

    @Override
    public void failed(Throwable error) {
        failures.add(error);
        record(new Shown("failed", null, error.getMessage()), "failed: " + error.getMessage());
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        record(new Shown("confirm", title, message), "confirm: " + title + ": " + message);
        return yes();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String keepLabel) {
        return confirm(title, message, confirmLabel);
    }

    @Override
    public boolean discardChanges() {
        record(new Shown("discard", null, null), "discard changes?");
        return yes();
    }

    /** The user's answer to a question: the next confirmation, else the next queued answer, else no. */
    private boolean yes() {
        if (!confirmations.isEmpty()) {
            return confirmations.remove();
        }
        return !answers.isEmpty() && (Boolean) answers.pop();
    }

    @Override
    public void done(String title, String message) {
        record(new Shown("done", title, message), "done: " + title + ": " + message);
    }

    @Override
    public void problems(String title, Path file, List<Problem> found) {
        problems.add(List.copyOf(found));
        record(new Shown("problems", title, file.getFileName().toString()), "problems: " + title + ": " + file + ": "
                + found.stream().map(Problem::describe).toList());
    }

    @Override
    public Optional<Path> fileToOpen(String title, List<FileType> types) {
        return file(new Shown("fileToOpen", title, null), "open: " + title);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Path> filesToOpen(String title) {
        record(new Shown("filesToOpen", title, null), "open files: " + title);
        return answers.isEmpty() ? List.of() : (List<Path>) answers.pop();
    }

    @Override
    public Optional<Path> fileToSave(String title, String suggestedName, List<FileType> types) {
        return file(new Shown("fileToSave", title + ": " + suggestedName, null), "save: " + title + ": " + suggestedName);
    }

    @Override
    public Optional<Path> folderToUse(String title) {
        return file(new Shown("folderToUse", title, null), "folder: " + title);
    }

    private Optional<Path> file(Shown dialog, String line) {
        record(dialog, line);
        if (!files.isEmpty()) {
            return files.remove();
        }
        return Optional.ofNullable(answers.isEmpty() ? null : (Path) answers.pop());
    }

    /** The next queued answer, a String, is typed as the password; with none the user cancels. */
    @Override
    public Optional<char[]> password(String title, String message) {
        record(new Shown("password", title, message), "password: " + title + ": " + message);
        return answers.isEmpty() ? Optional.empty() : Optional.of(((String) answers.pop()).toCharArray());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String header, String label, T initial, List<T> offered) {
        record(new Shown("choose", title, offered.toString()), "choose: " + title + ": "
                + String.join(" | ", offered.stream().map(String::valueOf).toList()) + " (initially " + initial + ")");
        if (!choices.isEmpty()) {
            return (Optional<T>) choices.remove().apply(offered);
        }
        return answers.isEmpty() ? Optional.empty() : Optional.of(offered.get((Integer) answers.pop()));
    }
}
