package scot.cswo.assurance.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;

/**
 * A child process that opens a database as the app does, says "OPEN", and keeps it open until
 * its standard input closes: the colleague who already has the matrix open.
 */
public final class HoldOpen {

    private HoldOpen() {
    }

    public static void main(String[] args) throws IOException {
        TestApp app = new TestApp(Path.of(System.getProperty("cswo.data.dir")), LocalDate.now());
        try (Workspace workspace = app.opener().open(Path.of(args[0]), WorkspaceOpener.Mode.MUST_EXIST)) {
            workspace.matrix().matrix();
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
