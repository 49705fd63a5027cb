package scot.cswo.assurance.testing;

import java.nio.file.Path;
import scot.cswo.assurance.app.TestApp;

/**
 * A child process for the kill test of init: creates one new database after another, each in a
 * folder of its own, through the command line in this process. It says "START n" before each and
 * "DONE n" once init has reported it created (exit code 0); the first one warms up.
 *
 * <p>Arguments: the folder for the databases, the folder for the app's own files, and optionally how
 * many to create before ending (else it goes on until it is killed).
 */
public final class InitLoop {

    private InitLoop() {
    }

    /** Where database {@code n} is made. */
    public static Path database(Path folder, int n) {
        return folder.resolve(Integer.toString(n)).resolve("assurance.mv.db");
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        TestApp app = new TestApp(Path.of(args[1]), EvidenceWriter.TODAY);
        int last = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        for (int n = 1; n <= last; n++) {
            System.out.println("START " + n);
            System.out.flush();
            TestApp.Run init = app.cli("--db", database(folder, n).toString(), "init");
            if (init.exitCode() != 0) {
                System.out.println("FAILED " + n + " " + init.err().strip());
                return;
            }
            System.out.println("DONE " + n);
            System.out.flush();
        }
    }
}
