package scot.cswo.assurance.ui.shell;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;

/**
 * What the window shows while its database opens, so it is never a blank frame: the app's name, a
 * moving progress indicator and what is happening. An everyday start takes a second or two; one that
 * takes longer is usually bringing the database up to date after an update, and says so.
 */
final class StartingUp {
    /** Longer than an everyday start on a slow office PC (the start-up benchmark's figures), so the note is rare. */
    private static final Duration SLOW = Duration.seconds(3);

    private final VBox pane;
    private final PauseTransition slow = new PauseTransition(SLOW);

    StartingUp() {
        Label name = new Label(Messages.get("app.title"));
        name.setId("starting-name");
        // Larger than the text around it and scaled with it; inline, so the theme needs no rule for it.
        name.setStyle("-fx-font-size: 2em;");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("starting-progress");
        progress.setAccessibleText(Messages.get("startup.opening"));
        Label doing = new Label(Messages.get("startup.opening"));
        doing.setId("starting-what");
        Label why = FormDialog.hintLabel(Messages.get("startup.slow"));
        why.setId("starting-slow");
        why.setVisible(false);
        slow.setOnFinished(e -> why.setVisible(true));
        pane = new VBox(16, name, progress, doing, why);
        pane.setId("starting");
        pane.setAlignment(Pos.CENTER);
        pane.setFillWidth(false);
    }

    /** Shown from now until {@link #done()}. */
    Node node() {
        slow.playFromStart();
        return pane;
    }

    /** The database is open, or could not be opened: the screen gives way to the matrix or to why. */
    void done() {
        slow.stop();
        if (pane.getParent() instanceof Pane parent) {
            parent.getChildren().remove(pane);
        }
    }
}
