package scot.cswo.assurance.domain.evidence;

import java.nio.file.Path;

/** Where attachment files are kept: copied in under generated names, never where a name points. */
public interface AttachmentStore {

    /** Copies the file in and describes the copy. */
    Attachment keep(Path source);

    /** The kept copy of an attachment, for opening. */
    Path locate(Attachment attachment);

    /** Removes a copy kept for a save that then failed, so nothing is left that no record points to. */
    void discard(Attachment attachment);
}
