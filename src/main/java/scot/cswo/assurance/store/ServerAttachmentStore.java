package scot.cswo.assurance.store;

import static scot.cswo.assurance.store.jooq.Tables.ATTACHMENT_CONTENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.evidence.AttachmentStore;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/**
 * Attachments kept in the shared database, so every PC sees them. Opening one copies it to a
 * local folder under its generated name; no name a user supplies is used as a path.
 */
public final class ServerAttachmentStore implements AttachmentStore {
    private final Database database;
    private final Path cache;

    /** @param cache where attachments are copied for opening on this PC */
    public ServerAttachmentStore(Database database, Path cache) {
        this.database = database;
        this.cache = cache.toAbsolutePath().normalize();
    }

    @Override
    public Attachment keep(Path source) {
        String original = FileAttachmentStore.displayName(source);
        String stored = UUID.randomUUID() + FileAttachmentStore.extension(original);
        byte[] content;
        try {
            content = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new StoreUnavailableException("The file " + original + " could not be read: " + e.getMessage(), e);
        }
        database.write(ctx -> ctx.insertInto(ATTACHMENT_CONTENT).set(ATTACHMENT_CONTENT.STORED_NAME, stored)
                .set(ATTACHMENT_CONTENT.CONTENT, content).execute());
        return new Attachment(0, original, stored, content.length, sha256(content));
    }

    @Override
    public Path locate(Attachment attachment) {
        Path file = FileAttachmentStore.inside(cache, attachment.storedName());
        if (!Files.exists(file)) {
            byte[] content = database.read(ctx -> ctx.select(ATTACHMENT_CONTENT.CONTENT).from(ATTACHMENT_CONTENT)
                    .where(ATTACHMENT_CONTENT.STORED_NAME.eq(attachment.storedName())).fetchOne(ATTACHMENT_CONTENT.CONTENT));
            if (content == null) {
                throw new StoreUnavailableException("The attachment " + attachment.originalName()
                        + " is missing from the server.");
            }
            try {
                Files.createDirectories(cache);
                Path partial = cache.resolve(attachment.storedName() + ".partial");
                Files.write(partial, content);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    @Override
    public void discard(Attachment attachment) {
        database.write(ctx -> ctx.deleteFrom(ATTACHMENT_CONTENT)
                .where(ATTACHMENT_CONTENT.STORED_NAME.eq(attachment.storedName())).execute());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
