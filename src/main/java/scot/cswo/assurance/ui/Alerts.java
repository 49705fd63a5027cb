package scot.cswo.assurance.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/** Telling the user that something did not happen, in the app's words rather than a stack trace. */
public final class Alerts {
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
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("confirm-alert");
        return alert.showAndWait().filter(yes::equals).isPresent();
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
