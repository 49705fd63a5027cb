package scot.cswo.assurance.domain.problem;

import java.util.Locale;

/**
 * How a hint names the command line: the program the user actually has, quoted, so the line can be
 * pasted into a console. The installed app's console program is cswo-assurance-cli.exe beside the
 * window's (jpackage names the running one in jpackage.app-path); the plain distribution's scripts
 * pass their own path as cswo.launcher.
 */
public final class Launcher {
    static final String CONSOLE_PROGRAM = "cswo-assurance-cli";

    private Launcher() {
    }

    /** The command to type, for this process. */
    public static String command() {
        return command(System.getProperty("jpackage.app-path"), System.getProperty("cswo.launcher"));
    }

    /**
     * @param appPath the installed app's program that is running, if any (the window's or the console's)
     * @param script  the launcher script that started Java, if any
     */
    static String command(String appPath, String script) {
        if (appPath != null && !appPath.isBlank()) {
            int folderEnd = Math.max(appPath.lastIndexOf('\\'), appPath.lastIndexOf('/')) + 1;
            String folder = appPath.substring(0, folderEnd);
            // On Windows the two programs sit side by side; on Linux the image keeps them in bin/.
            boolean windows = appPath.toLowerCase(Locale.ROOT).endsWith(".exe");
            return quoted(folder + CONSOLE_PROGRAM + (windows ? ".exe" : ""));
        }
        if (script != null && !script.isBlank()) {
            return quoted(script);
        }
        return "cswo-assurance";
    }

    private static String quoted(String program) {
        return "\"" + program + "\"";
    }
}
