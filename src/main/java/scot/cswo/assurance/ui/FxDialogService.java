package scot.cswo.assurance.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import scot.cswo.assurance.domain.problem.Problem;

/** The dialogs in the window, each owned by the window in front when it opens. */
public final class FxDialogService implements DialogService {
    private static final int PROBLEMS_SHOWN = 200;

    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to at the moment they open (the main window, or a form in front of it) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void failed(Throwable error) {
        Alerts.failed(owner.get(), error);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return Alerts.confirm(owner.get(), title, message, confirmLabel);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String keepLabel) {
        return Alerts.confirm(owner.get(), title, message, confirmLabel, keepLabel);
    }

    @Override
    public boolean discardChanges() {
        return Alerts.confirm(owner.get(), Messages.get("form.discard.title"), Messages.get("form.discard.message"),
                Messages.get("form.discard"), Messages.get("form.keepEditing"));
    }

    @Override
    public void done(String title, String message) {
        Alerts.done(owner.get(), title, message);
    }

    @Override
    public void problems(String title, Path file, List<Problem> problems) {
        List<String> lines = new ArrayList<>(problems.stream().limit(PROBLEMS_SHOWN).map(Problem::describe).toList());
        if (problems.size() > PROBLEMS_SHOWN) {
            lines.add(Messages.get("import.problems.more", problems.size() - PROBLEMS_SHOWN));
        }
        TextArea list = new TextArea(String.join("\n", lines));
        list.setId("import-problems");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(720, 260);
        Alert alert = new Alert(Alert.AlertType.ERROR, null, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(Messages.get("import.problems", file.getFileName(), problems.size()));
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("import-problems-dialog");
        alert.showAndWait();
    }

    @Override
    public Optional<Path> fileToOpen(String title, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> filesToOpen(String title) {
        List<File> chosen = chooser(title, List.of()).showOpenMultipleDialog(owner.get());
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> fileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(f -> withExtension(f.toPath(), chooser.getSelectedExtensionFilter()));
    }

    @Override
    public Optional<Path> folderToUse(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<char[]> password(String title, String message) {
        PasswordField field = new PasswordField();
        field.setId("password-field");
        field.setAccessibleText(message);
        Label label = new Label(message);
        label.setWrapText(true);
        label.setLabelFor(field);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.getDialogPane().setId("password-dialog");
        dialog.getDialogPane().setContent(new VBox(8, label, field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setOnShown(e -> field.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] typed = field.getText().toCharArray();
        field.clear();
        return answer.filter(b -> b == ButtonType.OK).map(b -> typed);
    }

    @Override
    public <T> Optional<T> choose(String title, String header, String label, T initial, List<T> choices) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(initial, choices);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        dialog.getDialogPane().setId("choice-dialog");
        // The app asks in its own words, without the stock question-mark icon.
        dialog.setGraphic(null);
        return dialog.showAndWait();
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        types.forEach(t -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(),
                t.extensions())));
        return chooser;
    }

    /** Adds the chosen filter's extension when the user typed a name without one. */
    public static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        String name = file.getFileName().toString();
        if (name.contains(".") || filter == null || filter.getExtensions().isEmpty()) {
            return file;
        }
        return file.resolveSibling(name + filter.getExtensions().getFirst().substring(1));
    }
}
