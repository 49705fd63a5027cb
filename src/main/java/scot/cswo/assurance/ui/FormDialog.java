package scot.cswo.assurance.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/**
 * A form in a dialog: labelled fields, each with room for a message beside it, and a Save button
 * that saves on the database thread. Problems the service finds are shown next to their fields and
 * the dialog stays open; nothing is saved half-way.
 */
public final class FormDialog {
    private static final Logger LOG = Logger.getLogger(FormDialog.class.getName());
    /** The widest a message may be before it wraps: a form fits a 1280 by 720 screen whatever it says. */
    private static final double MESSAGE_WIDTH = 560;
    /** A message starting with a file's name and extension, then where in it: "termly.csv, row 2". */
    private static final Pattern FILE_FIRST = Pattern.compile("[^\\s,:]+\\.\\p{Alnum}{1,5}[,:]");

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label general = new Label();
    private final Hyperlink reload = new Hyperlink(Messages.get("form.reload"));
    /** The message beside each field, by the {@link Field} (or, for forms not yet typed, the name) problems use. */
    private final Map<Field, Label> messages = new LinkedHashMap<>();
    private final List<DateField> dates = new ArrayList<>();
    /** Every field, in the order the form shows them, and, for a form's model, each by its key. */
    private final List<Control> fields = new ArrayList<>();
    private final Map<Field, Control> keyed = new LinkedHashMap<>();
    private final DialogService asking;
    /** What the fields held when the form opened, to tell whether closing would lose anything. */
    private List<Object> opened = List.of();
    /** True once the user chose to leave whatever was typed (to discard it, or to see someone else's change). */
    private boolean leaving;
    private final ButtonType save;
    /** False while the form cannot be saved whatever its fields hold (an import whose file has problems). */
    private ObservableBooleanValue ready = new SimpleBooleanProperty(true);
    private int rows;

    public FormDialog(Window owner, String id, String title, String header, String saveLabel) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        // A long header (an action's whole title) wraps instead of widening the form past the main window.
        if (dialog.getDialogPane().lookup(".header-panel .label") instanceof Label headerLabel) {
            headerLabel.setMaxWidth(MESSAGE_WIDTH);
            headerLabel.setMinHeight(Region.USE_PREF_SIZE);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        save = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        asking = new FxDialogService(() -> dialog.getDialogPane().getScene().getWindow());
        // As in a Windows form: the cursor starts in the first field, and Esc, Cancel or Close asks
        // before throwing away what was typed.
        dialog.setOnShown(event -> {
            opened = values();
            focusFirstField();
            // The dialog gives the focus to a button as its window takes the focus: the first field takes it back.
            dialog.getDialogPane().getScene().getWindow().focusedProperty().addListener(new ChangeListener<Boolean>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> window, Boolean before, Boolean focused) {
                    if (focused) {
                        window.removeListener(this);
                        focusFirstField();
                    }
                }
            });
        });
        dialog.setOnCloseRequest(event -> {
            if (!mayClose()) {
                event.consume();
            }
        });
        // Fitted once its window is on screen: a dialog's own "shown" comes before its window is shown and sized.
        dialog.getDialogPane().getScene().getWindow().addEventHandler(WindowEvent.WINDOW_SHOWN, event -> fitWindow());
        // The window's Close button (X) closes the window itself unless it is stopped here.
        dialog.getDialogPane().getScene().getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (!mayClose()) {
                event.consume();
            }
        });
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(8, 4, 4, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        grid.getColumnConstraints().addAll(labels, fields);
        general.getStyleClass().add("field-message");
        general.setWrapText(true);
        general.setMaxWidth(MESSAGE_WIDTH);
        general.setManaged(false);
        general.setVisible(false);
        reload.setId("form-reload");
        reload.setManaged(false);
        reload.setVisible(false);
        dialog.getDialogPane().setContent(new VBox(6, general, reload, grid));
        dialog.getDialogPane().getStylesheets().add(
                Styles.sheet());
        dialog.getDialogPane().getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> ((Button) dialog.getDialogPane().lookupButton(save)).fire());
    }

    /**
     * Adds a labelled field.
     *
     * @param key the field the service's problems are about, so they appear here; on a form shown
     *            with a {@link FormModel} ({@link #show(FormModel, Consumer)}), the model's message for it
     */
    public <C extends Control> C field(Field key, String label, C control) {
        messages.put(key, row(label, control));
        keyed.put(key, control);
        if (control instanceof DateField date) {
            dates.add(date);
        }
        return control;
    }

    /** The label, the control and, under it, a hidden label for its message. */
    private Label row(String label, Control control) {
        Label name = new Label(label);
        name.setLabelFor(control);
        // Long labels (a dataset measure's name) wrap rather than lose their end.
        name.setWrapText(true);
        name.setMaxWidth(380);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.setMnemonicParsing(true);
        if (control.getAccessibleText() == null) {
            control.setAccessibleText(label.replace("_", "").replace(":", ""));
        }
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        // A long refusal wraps under its field rather than widening the form past the screen.
        message.setMaxWidth(MESSAGE_WIDTH);
        message.setManaged(false);
        message.setVisible(false);
        if (control instanceof DateField date) {
            // A date that cannot be read is said at once, beside its field, and cleared once put right.
            date.problemProperty().addListener((obs, old, problem) -> {
                if (problem == null) {
                    hide(message);
                } else {
                    show(message, problem);
                }
            });
        }
        // Putting a field right takes its message away at once, not at the next Save.
        whenEdited(control, () -> hide(message));
        fields.add(control);
        GridPane.setValignment(name, VPos.TOP);
        grid.addRow(rows++, name, control);
        grid.add(message, 1, rows++);
        return message;
    }

    /**
     * Fits the form's window to its content again after the content changed on screen (the import
     * preview's check adding lines), so nothing in it is squeezed or pushed out of the window.
     */
    public void refit() {
        if (dialog.getDialogPane().getScene().getWindow().isShowing()) {
            fitWindow();
        }
    }

    /**
     * For long forms: the fields scroll under the messages, and the field with the keyboard focus
     * is scrolled into view as the user tabs through.
     */
    public void scrollable(double height) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(height);
        scroll.setId(dialog.getDialogPane().getId() + "-fields");
        VBox content = (VBox) dialog.getDialogPane().getContent();
        content.getChildren().set(content.getChildren().indexOf(grid), scroll);
        dialog.getDialogPane().getScene().focusOwnerProperty().addListener((obs, old, focused) -> {
            if (focused != null && isIn(focused, grid)) {
                scrollTo(scroll, focused);
            }
        });
    }

    private static boolean isIn(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void scrollTo(ScrollPane scroll, Node node) {
        Bounds field = grid.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = grid.getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        if (field.getMinY() < top) {
            scroll.setVvalue(field.getMinY() / hidden);
        } else if (field.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (field.getMaxY() - viewport) / hidden));
        }
    }

    /** Save is offered only while {@code condition} holds, as well as while nothing is being saved. */
    public void saveOnlyWhen(ObservableBooleanValue condition) {
        ready = condition;
    }

    /** Adds a line of explanation in the hint style across the form. */
    public void hint(String text) {
        note(hintLabel(text));
    }

    /** A line of explanation in the hint style, wrapped to a readable width. */
    public static Label hintLabel(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setMaxWidth(560);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    /**
     * Reminds the user, above free-text fields, that the app holds assurance and aggregate figures,
     * never a case record: no names or details of people who use services.
     */
    public void noPersonalDetails() {
        hint(Messages.get("form.noPersonalDetails"));
    }

    /** Adds a line of explanation across the form. */
    public void note(Node node) {
        GridPane.setHalignment(node, HPos.LEFT);
        grid.add(node, 0, rows++, 2, 1);
    }

    /**
     * Shows the dialog. On Save, {@code work} builds the change from the fields; it runs on the
     * database thread through {@code state}, and the dialog closes only once it has succeeded.
     */
    public <T> void show(AssuranceState state, Supplier<Callable<T>> work, Consumer<? super T> onSaved) {
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        // After a refused save because someone else changed the item: close and show their change.
        reload.setOnAction(event -> {
            leaving = true;
            dialog.setResult(ButtonType.CANCEL);
            dialog.close();
            state.refresh();
        });
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            clearMessages();
            Callable<T> change;
            try {
                change = work.get();
            } catch (InvalidDataException | RefusedException invalid) {
                // Fields read into a value that refuses itself: shown like the service's own refusals.
                showFailure(invalid);
                return;
            }
            saveButton.setDisable(true);
            state.save(change, saved -> {
                dialog.setResult(save);
                dialog.close();
                onSaved.accept(saved);
            }, failure -> {
                saveButton.setDisable(false);
                showFailure(failure);
            });
        });
        dialog.showAndWait();
    }

    /**
     * Shows the dialog for a form's model. On Save the dates typed are taken in (one that is not a
     * date is said beside its field and nothing is saved), then the model saves; the dialog closes
     * only once it has, and otherwise shows the model's messages beside their fields.
     */
    public <F extends Enum<F> & Field, T> void show(FormModel<F, T> model, Consumer<? super T> onSaved) {
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(model.savingProperty().or(BooleanExpression.booleanExpression(ready).not()));
        FormMessages<F> said = model.messages();
        messages.forEach((key, label) -> {
            if (model.keys().isInstance(key)) {
                follow(said.of(model.keys().cast(key)), label);
            }
        });
        follow(said.generalProperty(), general);
        said.staleProperty().addListener((obs, was, stale) -> {
            reload.setManaged(stale);
            reload.setVisible(stale);
        });
        keyed.forEach((key, control) -> {
            if (model.keys().isInstance(key)) {
                whenEdited(control, () -> model.edited(model.keys().cast(key)));
            }
        });
        reload.setOnAction(event -> {
            leaving = true;
            dialog.setResult(ButtonType.CANCEL);
            dialog.close();
            model.reload();
        });
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            boolean allDates = true;
            for (DateField date : dates) {
                allDates &= date.commitTyped();
            }
            if (allDates) {
                model.save(saved -> {
                    dialog.setResult(save);
                    dialog.close();
                    onSaved.accept(saved);
                });
            }
        });
        dialog.showAndWait();
    }

    private void focusFirstField() {
        fields.stream().filter(c -> !c.isDisabled()).findFirst().ifPresent(field -> {
            field.requestFocus();
            // As a Windows form selects a field's text on entering it: a date typed at once replaces the
            // date offered ("15/9/26", not "15/9/2622/11/2025"), and an arrow key keeps it.
            TextField editor = field instanceof TextField text ? text : field instanceof DatePicker picker
                    ? picker.getEditor() : field instanceof ComboBox<?> box && box.isEditable() ? box.getEditor() : null;
            if (editor != null) {
                editor.selectAll();
            }
        });
    }

    /** True once saved, or when nothing typed would be lost, or when the user chose to discard it. */
    private boolean mayClose() {
        if (dialog.getResult() == save || leaving || values().equals(opened)) {
            return true;
        }
        leaving = asking.discardChanges();
        return leaving;
    }

    /** What a field holds, as one value per thing the user can change in it. */
    private static List<Observable> held(Control control) {
        return switch (control) {
            case TextInputControl text -> List.of(text.textProperty());
            // A date or an editable list's text counts before it is taken in.
            case ComboBox<?> combo when combo.isEditable() -> List.of(combo.valueProperty(),
                    combo.getEditor().textProperty());
            case DatePicker date -> List.of(date.valueProperty(), date.getEditor().textProperty());
            case ComboBoxBase<?> combo -> List.of(combo.valueProperty());
            case CheckBox box -> List.of(box.selectedProperty());
            case ListView<?> list -> List.of(list.getItems());
            case Spinner<?> spinner -> List.of(spinner.valueProperty());
            default -> List.of();
        };
    }

    private static void whenEdited(Control control, Runnable action) {
        held(control).forEach(value -> value.addListener(changed -> action.run()));
    }

    /** Everything the fields hold now. */
    private List<Object> values() {
        return fields.stream().map(FormDialog::value).toList();
    }

    /** What a field holds, comparable with what it held before (a list for a field of several parts). */
    private static Object value(Control control) {
        return switch (control) {
            case TextInputControl text -> text.getText();
            case ComboBox<?> combo when combo.isEditable() -> Arrays.asList(combo.getValue(),
                    combo.getEditor().getText());
            // The date's text is written in only once the field is on screen: only other text counts.
            case DatePicker date -> Arrays.asList(date.getValue(), date.getEditor().getText().isEmpty()
                    || date.getEditor().getText().equals(date.getConverter().toString(date.getValue())) ? null
                    : date.getEditor().getText());
            case ComboBoxBase<?> combo -> combo.getValue();
            case CheckBox box -> box.isSelected();
            case ListView<?> list -> List.copyOf(list.getItems());
            case Spinner<?> spinner -> spinner.getValue();
            default -> null;
        };
    }

    /** Shows a model's message in {@code label} while there is one. */
    private void follow(ObservableStringValue message, Label label) {
        message.addListener((obs, old, text) -> {
            if (text == null) {
                hide(label);
            } else {
                show(label, text);
            }
            fitWindow();
        });
    }

    private void showFailure(Throwable failure) {
        switch (failure) {
            case InvalidDataException invalid -> {
                for (Problem problem : invalid.problems()) {
                    Label message = problem.field() == null ? null : messages.get(problem.field());
                    show(message != null ? message : general, message != null ? problem.message()
                            : problem.describe());
                }
            }
            case RefusedException refused -> show(general, refused.getMessage());
            case NotAllowedException notAllowed -> show(general, notAllowed.getMessage());
            case ConflictException conflict -> {
                show(general, conflict.getMessage());
                reload.setManaged(true);
                reload.setVisible(true);
            }
            case StoreUnavailableException unavailable -> show(general, unavailable.getMessage());
            default -> {
                LOG.log(Level.SEVERE, "Saving failed", failure);
                Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("save.unexpected", failure.toString()),
                        ButtonType.OK);
                alert.initOwner(dialog.getOwner());
                alert.showAndWait();
            }
        }
        fitWindow();
    }

    /**
     * Sizes the form's window to its content, within the main window: tall enough for every line of
     * its wrapped text and messages at the form's width (JavaFX's own fit counts a wrapped label as one
     * line, so a message shown after a refused save overlapped the text under it), and no taller than
     * the main window, the fields scrolling inside when they need more.
     */
    private void fitWindow() {
        DialogPane pane = dialog.getDialogPane();
        Window window = pane.getScene().getWindow();
        window.sizeToScene();
        pane.applyCss();
        pane.layout();
        double missing = pane.prefHeight(pane.getWidth()) - pane.getHeight();
        if (missing > 0) {
            window.setHeight(window.getHeight() + missing);
        }
        Window owner = dialog.getOwner();
        if (owner == null || owner.getHeight() <= 0) {
            return;
        }
        double excess = window.getHeight() - owner.getHeight();
        if (excess > 0 && grid.getParent() == pane.getContent()) {
            scrollable(Math.max(grid.getHeight() - excess, 120));
            window.sizeToScene();
            // The scroll pane's own edges are not known until it is laid out: the fields give up the rest.
            window.setHeight(Math.min(window.getHeight(), owner.getHeight()));
        }
        double bottom = owner.getY() + owner.getHeight();
        window.setY(Math.max(owner.getY(), Math.min(window.getY(), bottom - window.getHeight())));
    }

    private static void show(Label label, String text) {
        label.setText(sentence(text));
        label.setManaged(true);
        label.setVisible(true);
    }

    /**
     * A message as a sentence starts, with a capital letter, except one that starts with the name of
     * the file it is about ("termly.csv, row 2, …"), which is written as the file is named.
     */
    static String sentence(String text) {
        return text.isEmpty() || FILE_FIRST.matcher(text).lookingAt() ? text
                : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void hide(Label label) {
        label.setText("");
        label.setManaged(false);
        label.setVisible(false);
    }

    private void clearMessages() {
        for (Label label : messages.values()) {
            hide(label);
        }
        general.setManaged(false);
        general.setVisible(false);
        reload.setManaged(false);
        reload.setVisible(false);
    }
}
