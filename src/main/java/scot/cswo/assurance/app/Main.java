package scot.cswo.assurance.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import scot.cswo.assurance.cli.Cli;
import scot.cswo.assurance.cli.CliContext;
import scot.cswo.assurance.cli.ConsoleOutput;
import scot.cswo.assurance.cli.ExitCode;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.access.Identity;

/**
 * The composition root. With no arguments it opens the window; with arguments it runs the
 * command line and exits with its code.
 */
public final class Main {
    /** The file this process logs to, once known, for the last-resort message. */
    private static volatile Path logFile;

    private Main() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable unexpected) {
            // Last line of defence: users get a sentence and the log gets the details, never a stack trace
            // (nor the exception's own text, which may quote SQL or the data that caused it).
            Logger.getLogger(Main.class.getName()).log(Level.SEVERE, "Unexpected failure", unexpected);
            System.err.println("CSWO Assurance stopped because of an unexpected problem ("
                    + unexpected.getClass().getSimpleName() + "). Details are in "
                    + (logFile != null ? logFile : AppPaths.forCurrentUser().logFile()) + ".");
            System.exit(ExitCode.UNEXPECTED);
        }
    }

    private static void run(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        // Apache POI (Word documents) logs through the Log4j API, which with no provider prints an
        // error line to the console; its messages are of no use to users, whose problems with a file
        // reach them as sentences.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("org.jooq.no-tips", "true");
        AppPaths paths = AppPaths.forCurrentUser();
        logFile = Logging.toFile(paths.logFile());
        Clock clock = Clock.systemDefaultZone();
        Identity identity = OperatingSystemIdentity.current();
        Workspaces window = new Workspaces(paths, new GuiPasswordPrompt(), identity, clock);
        Workspaces console = new Workspaces(paths, new ConsolePasswordPrompt(), identity, clock);
        String version = Version.current();
        FileRestorer restorer = new FileRestorer(paths, identity, clock);
        DiagnosticsFile diagnostics = new DiagnosticsFile(paths, version, clock);
        Logger.getLogger(Main.class.getName()).info(() -> "CSWO Assurance " + version + " on Java "
                + System.getProperty("java.runtime.version") + ", " + System.getProperty("os.name") + ", as "
                + identity.account());
        if (args.length == 0) {
            Gui.open(paths, window, window.settings(), restorer, diagnostics, clock, version, DatabaseChoice.usual());
            System.exit(0);
        }
        // Each stream in the character set Java found for it: a Windows console's code page, not UTF-8,
        // so names and status reasons read right there; JSON is ASCII and --out writes UTF-8 for scripts.
        PrintWriter out = ConsoleOutput.writer(System.out, ConsoleOutput.charsetOf("stdout.encoding"), false);
        PrintWriter err = ConsoleOutput.writer(System.err, ConsoleOutput.charsetOf("stderr.encoding"), true);
        int code = Cli.run(new CliContext(console, out, err, clock, version,
                requested -> Gui.open(paths, window, window.settings(), restorer, diagnostics, clock, version,
                        requested), logFile, restorer, diagnostics, ConsolePasswordPrompt::ask), args);
        System.exit(code);
    }
}
