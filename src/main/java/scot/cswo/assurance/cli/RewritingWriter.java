package scot.cswo.assurance.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/** A writer that passes every piece of text through one rewrite before it goes on (the console's, the terminal's). */
final class RewritingWriter extends FilterWriter {
    private final UnaryOperator<String> rewrite;

    RewritingWriter(Writer out, UnaryOperator<String> rewrite) {
        super(out);
        this.rewrite = rewrite;
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
        out.write(rewrite.apply(text.substring(offset, offset + length)));
    }
}
