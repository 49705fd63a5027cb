package scot.cswo.assurance.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import scot.cswo.assurance.cli.ConsoleOutput;
import scot.cswo.assurance.service.DatabaseChoice;

/**
 * The command line's password: typed at the console without echo, or, when there is no console
 * (a script), the first line of standard input, as in {@code echo %PW% | cswo-assurance ...}.
 */
final class ConsolePasswordPrompt implements PasswordPrompt {

    @Override
    public char[] passwordFor(DatabaseChoice.Server server) {
        return ask("Password for " + server.user() + " on " + server.url() + ": ");
    }

    /** Asks with {@code prompt} at the console, or reads the first line of standard input; empty if none. */
    static char[] ask(String prompt) {
        Console console = System.console();
        if (console != null && console.isTerminal()) {
            return console.readPassword("%s", prompt);
        }
        // No input at all is an empty password, which is not sent: pgpass.conf may hold the real one.
        char[] piped = firstLine(System.in, ConsoleOutput.charsetOf("stdout.encoding"));
        return piped == null ? new char[0] : piped;
    }

    /**
     * The first line without its line ending or trailing spaces and tabs: Windows' {@code echo %PW% |}
     * sends "secret \r\n", and no one means the space. Null if there is no line. cmd and PowerShell
     * send it in the console's code page (850 for "£" or "é" on a UK PC), not UTF-8; Java reports that
     * code page as the encoding of the console its output goes to.
     */
    static char[] firstLine(InputStream in, Charset charset) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, charset)).readLine();
            return line == null ? null : line.replaceFirst("[ \\t\\r]+$", "").toCharArray();
        } catch (IOException e) {
            return null;
        }
    }
}
