package scot.cswo.assurance.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/** Telling the user that something did not happen, in the app's words rather than a stack trace. */
public final class Alerts {
    /** The widest a question may be before its text wraps. */
    private static final double MESSAGE_WIDTH = 560;
    private static final Logger LOG = Logger.getLogger(Alerts.class.getName());

    private Alerts() {
    }

    /** Explains a failure: the app's own message where it has one, otherwise a plain note (logged in full). */
    public static void failed(Window owner, Throwable error) {
        boolean explained = error instanceof StoreUnavailableException || error instanceof RefusedException
                || error instanceof NotAllowedException || error instanceof ConflictException
                || error instanceof InvalidDataException;
        String message = explained ? error.getMessage() : Messages.get("startup.unexpected", error.toString());
        if (!explained) {
            LOG.log(Level.WARNING, "Background work failed", error);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("error-alert");
        alert.showAndWait();
    }

    /** Asks before something the user cannot simply undo; true if they confirmed. */
    public static boolean confirm(Window owner, String title, String message, String confirmLabel) {
        return confirm(owner, title, message, confirmLabel, Messages.get("button.cancel"));
    }

    /**
     * Asks a question in the app's own dialog (not a stock alert with its "?" icon): the message, then
     * the action and the way back; Esc or Close is the way back.
     */
    public static boolean confirm(Window owner, String title, String message, String confirmLabel,
                                  String cancelLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(scrollingIfLong(message, owner));
        dialog.getDialogPane().getButtonTypes().addAll(yes, no);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMaxWidth(MESSAGE_WIDTH);
        dialog.getDialogPane().setId("confirm-alert");
        return dialog.showAndWait().filter(yes::equals).isPresent();
    }

    /**
     * A message that scrolls within the window it belongs to rather than growing taller than the
     * screen (a long list of what stands in the way of publishing), so the buttons stay in view.
     */
    private static ScrollPane scrollingIfLong(String message, Window owner) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("content");
        double cap = owner == null || owner.getHeight() < 300 ? 400 : owner.getHeight() * 0.6;
        // The dialog takes its height from the scroll pane's preferred height, which is the whole
        // message's unless capped here; a maximum alone leaves the window as tall as the message.
        ScrollPane scroll = new ScrollPane(text) {
            @Override
            protected double computePrefHeight(double width) {
                return Math.min(super.computePrefHeight(width), cap);
            }
        };
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(MESSAGE_WIDTH - 60);
        scroll.setMaxHeight(cap);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Says something finished, with what it produced. */
    public static void done(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("done-alert");
        alert.showAndWait();
    }
}
