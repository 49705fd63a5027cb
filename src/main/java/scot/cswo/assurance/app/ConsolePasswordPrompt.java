package scot.cswo.assurance.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import scot.cswo.assurance.service.DatabaseChoice;

/**
 * The command line's password: typed at the console without echo, or, when there is no console
 * (a script), the first line of standard input, as in {@code echo %PW% | cswo-assurance ...}.
 */
final class ConsolePasswordPrompt implements PasswordPrompt {

    @Override
    public char[] passwordFor(DatabaseChoice.Server server) {
        Console console = System.console();
        if (console != null && console.isTerminal()) {
            return console.readPassword("Password for %s on %s: ", server.user(), server.url());
        }
        return firstLine(System.in);
    }

    /**
     * The first line without its line ending or trailing spaces and tabs: Windows' {@code echo %PW% |}
     * sends "secret \r\n", and no one means the space. Null if there is no line.
     */
    static char[] firstLine(InputStream in) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.replaceFirst("[ \\t\\r]+$", "").toCharArray();
        } catch (IOException e) {
            return null;
        }
    }
}
