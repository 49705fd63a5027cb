package scot.cswo.assurance.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.evidence.AttachmentStore;

/**
 * Keeps the Mark of the Web on an attachment's copy. Windows marks a file that came from the internet
 * or an email with a Zone.Identifier alternate data stream, which makes Word open it in Protected
 * View; a plain copy drops it. Java reads and writes alternate streams on Windows as user-defined
 * file attributes (on Linux the same calls use extended attributes), so this needs no native code.
 */
public final class MarkOfTheWeb implements AttachmentStore {
    static final String STREAM = "Zone.Identifier";
    /** Larger than any zone identifier (a few lines of text): anything bigger is not one. */
    private static final int MAX_BYTES = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(MarkOfTheWeb.class.getName());

    private final AttachmentStore copies;

    /** @param copies where the copies are kept, on this PC's disk */
    public MarkOfTheWeb(AttachmentStore copies) {
        this.copies = copies;
    }

    @Override
    public Attachment keep(Path source) {
        Attachment kept = copies.keep(source);
        read(source).ifPresent(mark -> write(copies.locate(kept), mark));
        return kept;
    }

    @Override
    public Path locate(Attachment attachment) {
        return copies.locate(attachment);
    }

    @Override
    public void discard(Attachment attachment) {
        copies.discard(attachment);
    }

    /** The file's zone identifier, if it has one and the file system can say. */
    static Optional<ByteBuffer> read(Path file) {
        UserDefinedFileAttributeView streams = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
        try {
            if (streams == null || !streams.list().contains(STREAM) || streams.size(STREAM) > MAX_BYTES) {
                return Optional.empty();
            }
            ByteBuffer mark = ByteBuffer.allocate(streams.size(STREAM));
            streams.read(STREAM, mark);
            return Optional.of(mark.flip());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static void write(Path copy, ByteBuffer mark) {
        UserDefinedFileAttributeView streams = Files.getFileAttributeView(copy, UserDefinedFileAttributeView.class);
        try {
            if (streams != null) {
                streams.write(STREAM, mark);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The copy is kept all the same: losing the mark is what happened before, not a reason to refuse.
            LOG.log(Level.WARNING, "The Mark of the Web could not be kept on " + copy, e);
        }
    }
}
