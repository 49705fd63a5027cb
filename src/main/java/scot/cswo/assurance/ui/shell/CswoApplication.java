package scot.cswo.assurance.ui.shell;

import javafx.application.Application;
import javafx.stage.Stage;
import scot.cswo.assurance.ui.UiContext;

/**
 * JavaFX creates this class itself, so it cannot take constructor arguments; the composition root
 * hands over the context just before launch.
 */
public final class CswoApplication extends Application {
    private static volatile UiContext context;

    public static void prepare(UiContext prepared) {
        context = prepared;
    }

    @Override
    public void start(Stage stage) {
        new MainWindow(context, getHostServices()::showDocument).show(stage);
    }
}
