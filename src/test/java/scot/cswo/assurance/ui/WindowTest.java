package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Identity;

/**
 * A UI test on the real main window over a fresh database holding the Dundee framework (see
 * {@link UiFixture}), opened anew for each test and closed after it.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    @TempDir
    static Path dir;
    /** The open window's database and what the window asked the operating system to open. */
    protected UiFixture fixture;

    // TestFX looks for @Start only on the test class itself, so the window opens on the stage it
    // registered for each test, from here.
    @BeforeEach
    void openTheWindow() throws TimeoutException {
        FxToolkit.setupStage(stage -> fixture = new UiFixture(dir.resolve(Long.toString(System.nanoTime())), stage,
                this::prepare, signedInAs()));
    }

    @AfterEach
    void closeTheWindow() {
        // A form or question a test left open goes without asking to discard what it holds: the test is over.
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window != FxToolkit.toolkitContext().getRegisteredStage()).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        fixture.close();
    }

    /** Prepares the database before the window opens on it (evidence, actions, targets); nothing by default. */
    protected void prepare(Workspace workspace) {
    }

    /** Who the window opens for; by default COUNCIL\tester, who created the database and administers it. */
    protected Identity signedInAs() {
        return new Identity("COUNCIL\\tester");
    }
}
