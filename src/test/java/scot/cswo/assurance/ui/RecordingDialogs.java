package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * The dialogs a view-model would show, recorded instead of shown, and answered from a queue the test
 * fills: a Path for a file chooser, a List of Paths for several files, a Boolean for a question, an
 * Integer (the index of the choice) for a choice. With no answer queued the user cancels.
 */
public final class RecordingDialogs implements DialogService {
    private final List<String> shown = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();

    /** Queues the user's next answers, in order. */
    public RecordingDialogs answering(Object... next) {
        answers.addAll(List.of(next));
        return this;
    }

    /** What was said or asked, one line each: "done: title: message", "choose: title: a | b (initially a)". */
    public List<String> shown() {
        return shown;
    }

    /** The failures explained to the user. */
    public List<Throwable> failures() {
        return failures;
    }

    @Override
    public void failed(Throwable error) {
        failures.add(error);
        shown.add("failed: " + error.getMessage());
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add("confirm: " + title + ": " + message);
        return answers.isEmpty() ? false : (Boolean) answers.pop();
    }

    @Override
    public void done(String title, String message) {
        shown.add("done: " + title + ": " + message);
    }

    @Override
    public void problems(String title, Path file, List<Problem> problems) {
        shown.add("problems: " + title + ": " + file + ": " + problems.stream().map(Problem::describe).toList());
    }

    @Override
    public Optional<Path> fileToOpen(String title, List<FileType> types) {
        shown.add("open: " + title);
        return Optional.ofNullable(answers.isEmpty() ? null : (Path) answers.pop());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Path> filesToOpen(String title) {
        shown.add("open files: " + title);
        return answers.isEmpty() ? List.of() : (List<Path>) answers.pop();
    }

    @Override
    public Optional<Path> fileToSave(String title, String suggestedName, List<FileType> types) {
        shown.add("save: " + title + ": " + suggestedName);
        return Optional.ofNullable(answers.isEmpty() ? null : (Path) answers.pop());
    }

    @Override
    public <T> Optional<T> choose(String title, String header, String label, T initial, List<T> choices) {
        shown.add("choose: " + title + ": " + String.join(" | ", choices.stream().map(String::valueOf).toList())
                + " (initially " + initial + ")");
        return answers.isEmpty() ? Optional.empty() : Optional.of(choices.get((Integer) answers.pop()));
    }
}
