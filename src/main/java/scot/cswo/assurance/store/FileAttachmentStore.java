package scot.cswo.assurance.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.evidence.AttachmentStore;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.platform.FileMoves;

/**
 * Attachments copied into a folder beside the database under generated names (a random UUID plus
 * a sanitised extension), so no name a user supplies can place a file anywhere else.
 */
public final class FileAttachmentStore implements AttachmentStore {
    private static final Pattern SAFE_EXTENSION = Pattern.compile("[a-z0-9]{1,10}");
    private static final Set<String> RUNNABLE = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi", "msp", "cpl",
            "dll", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "jar", "lnk", "reg", "url", "inf",
            "scf", "appref", "application", "gadget", "msc", "sh", "app");
    private final Path folder;
    private final FileMoves moves;

    public FileAttachmentStore(Path folder) {
        this(folder, FileMoves.standard());
    }

    FileAttachmentStore(Path folder, FileMoves moves) {
        this.folder = folder.toAbsolutePath().normalize();
        this.moves = moves;
    }

    /** The folder for a database: "assurance.mv.db" keeps its attachments in "assurance-attachments". */
    public static FileAttachmentStore beside(DatabaseLocation location) {
        // Kept next to the file so a copy or backup of the folder keeps them together.
        return new FileAttachmentStore(location.base().resolveSibling(location.base().getFileName() + "-attachments"));
    }

    @Override
    public Attachment keep(Path source) {
        String original = displayName(source);
        String stored = UUID.randomUUID() + extension(original);
        Path target = folder.resolve(stored);
        Path partial = folder.resolve(stored + ".partial");
        try {
            Files.createDirectories(folder);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            // On the disk before the evidence that points to it is committed (and forced) itself.
            try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            moves.moveNew(partial, target);
            return new Attachment(0, original, stored, Files.size(target), HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new StoreUnavailableException("The file " + original + " could not be copied into " + folder + ": "
                    + FileMoves.why(e) + " Nothing was saved.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            // Gone once moved; otherwise a part-copy nothing points to.
            if (Files.exists(partial)) {
                moves.deleteQuietly(partial);
            }
        }
    }

    @Override
    public Path locate(Attachment attachment) {
        return file(attachment.storedName());
    }

    @Override
    public void discard(Attachment attachment) {
        try {
            Files.deleteIfExists(file(attachment.storedName()));
        } catch (IOException | UncheckedIOException e) {
            // Only a copy nothing points to; it does no harm if it stays.
        }
    }

    /** The kept file for a stored name. */
    public Path file(String storedName) {
        return inside(folder, storedName);
    }

    /** A stored name resolved in a folder, refused if it would lead anywhere else. */
    static Path inside(Path folder, String storedName) {
        Path file = folder.resolve(storedName).normalize();
        if (!folder.equals(file.getParent())) {
            throw new UncheckedIOException(new IOException("Refusing an attachment outside " + folder));
        }
        return file;
    }

    /**
     * The extension the kept copy gets: the original's if it is plain, but never one Windows would
     * run when the user opens the attachment (those become .bin).
     */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
        return SAFE_EXTENSION.matcher(extension).matches() && !RUNNABLE.contains(extension) ? "." + extension : ".bin";
    }

    /**
     * The original name as shown to users: only its last part, without control or direction-changing
     * characters (which can disguise "invoice.exe" as "invoice.pdf"), at most 200 characters.
     */
    static String displayName(Path source) {
        String name = source.getFileName() == null ? "" : source.getFileName().toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return "attachment";
        }
        return name.length() <= 200 ? name : name.substring(0, 199) + "…";
    }
}
