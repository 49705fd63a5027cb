package scot.cswo.assurance.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import scot.cswo.assurance.domain.problem.ControlCharacters;

/**
 * Command output with every control character written as &lt;U+001B&gt;: a cell that reached the
 * database before the app refused such characters, or a message quoting one, can never send a
 * terminal an escape sequence. Tabs and line breaks pass, so tables and CSV keep their shape.
 */
final class HarmlessOutput extends FilterWriter {

    private HarmlessOutput(Writer out) {
        super(out);
    }

    static PrintWriter around(PrintWriter out, boolean autoFlush) {
        return new PrintWriter(new HarmlessOutput(out), autoFlush);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        write(new String(text, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(ControlCharacters.harmless(text.substring(offset, offset + length)));
    }
}
