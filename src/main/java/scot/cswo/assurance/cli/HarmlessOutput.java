package scot.cswo.assurance.cli;

import java.io.PrintWriter;
import scot.cswo.assurance.domain.problem.ControlCharacters;

/**
 * Command output with every control character written as &lt;U+001B&gt;: a cell that reached the
 * database before the app refused such characters, or a message quoting one, can never send a
 * terminal an escape sequence. Tabs and line breaks pass, so tables and CSV keep their shape.
 */
final class HarmlessOutput {

    private HarmlessOutput() {
    }

    static PrintWriter around(PrintWriter out, boolean autoFlush) {
        return new PrintWriter(new RewritingWriter(out, ControlCharacters::harmless), autoFlush);
    }
}
