package scot.cswo.assurance.app;

import java.io.IOException;

/**
 * A child process that starts logging as the app does, says "LOGGING", and keeps its log open
 * until its standard input closes: the window already running when a command fails.
 */
public final class HoldLog {

    private HoldLog() {
    }

    public static void main(String[] args) throws IOException {
        Logging.toFile(AppPaths.forCurrentUser().logFile());
        System.out.println("LOGGING");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to close our input
        }
    }
}
