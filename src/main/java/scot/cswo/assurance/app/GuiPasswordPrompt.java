package scot.cswo.assurance.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.ui.Messages;

/**
 * Asks for the server password in a dialog. Called on the database thread while the window
 * starts; it waits for JavaFX to be up, shows the dialog on the FX thread and waits for the answer.
 */
final class GuiPasswordPrompt implements PasswordPrompt {
    private static final long WAIT_FOR_TOOLKIT_MS = 30_000;

    @Override
    public char[] passwordFor(DatabaseChoice.Server server) {
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Runnable ask = () -> {
            PasswordField password = new PasswordField();
            password.setId("server-password");
            password.setAccessibleText(Messages.get("password.field"));
            Label where = new Label(Messages.get("password.header", server.user(), server.url()));
            where.setWrapText(true);
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.setTitle(Messages.get("password.title"));
            dialog.getDialogPane().setContent(new VBox(8, where, password));
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.getDialogPane().setId("password-dialog");
            // In front of the window that is starting, or, before it shows, above every window, so it
            // never opens behind another program and leaves the app looking hung.
            Window.getWindows().stream().filter(Window::isShowing).findFirst().ifPresentOrElse(dialog::initOwner,
                    () -> dialog.setOnShowing(e -> ((Stage) dialog.getDialogPane().getScene().getWindow())
                            .setAlwaysOnTop(true)));
            dialog.setOnShown(e -> password.requestFocus());
            answer.complete(dialog.showAndWait().filter(ButtonType.OK::equals)
                    .map(ok -> password.getText().toCharArray()).orElse(null));
        };
        long deadline = System.currentTimeMillis() + WAIT_FOR_TOOLKIT_MS;
        while (true) {
            try {
                Platform.runLater(ask);
                break;
            } catch (IllegalStateException toolkitNotStartedYet) {
                if (System.currentTimeMillis() > deadline) {
                    return null;
                }
                pause();
            }
        }
        return answer.join();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
