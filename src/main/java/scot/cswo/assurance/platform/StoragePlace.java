package scot.cswo.assurance.platform;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a database file is, as far as its safety goes. H2 keeps its file open and writes into the
 * middle of it; on a network share, a mapped network drive, a folder kept by Offline Files (whose
 * folders are shares) or one OneDrive syncs, a dropped connection or a sync part-way through a
 * write corrupts it. A backup zip, written once and whole, is safe in all of them.
 *
 * <p>The rules work on the path as text, so they are the same (and tested) on any machine; the only
 * question put to Windows is whether a drive letter is a network drive.
 */
public record StoragePlace(Kind kind, String description) {

    public enum Kind { LOCAL, NETWORK, SYNCED }

    /** Whether a drive letter ("Z") is a mapped network drive. */
    @FunctionalInterface
    public interface Drives {
        boolean remote(char letter);
    }

    private static final int DRIVE_REMOTE = 4;

    public boolean local() {
        return kind == Kind.LOCAL;
    }

    /** The place of the file at {@code path} on this PC, with its own environment and drives. */
    public static StoragePlace of(String path) {
        return of(path, System.getenv(), windows() ? StoragePlace::remoteDrive : letter -> false);
    }

    /**
     * The place of the file at {@code path}: a network share (\\server\share\…, also as
     * \\?\UNC\server\share\…), a mapped network drive (as {@code drives} says), a folder under one
     * that an {@code OneDrive…} environment variable names (matched whatever the case, as Windows
     * does), or this PC's own disk.
     */
    public static StoragePlace of(String path, Map<String, String> environment, Drives drives) {
        String text = path.replace('/', '\\');
        if (text.regionMatches(true, 0, "\\\\?\\UNC\\", 0, 8)) {
            return new StoragePlace(Kind.NETWORK, "a network share");
        }
        if (text.startsWith("\\\\?\\") || text.startsWith("\\\\.\\")) {
            text = text.substring(4);
        } else if (text.startsWith("\\\\")) {
            return new StoragePlace(Kind.NETWORK, "a network share");
        }
        Optional<String> synced = syncedBy(text, environment);
        if (synced.isPresent()) {
            return new StoragePlace(Kind.SYNCED, "a folder " + synced.get() + " keeps in sync");
        }
        if (text.length() >= 2 && text.charAt(1) == ':' && Character.isLetter(text.charAt(0))
                && (text.length() == 2 || text.charAt(2) == '\\')
                && drives.remote(Character.toUpperCase(text.charAt(0)))) {
            return new StoragePlace(Kind.NETWORK, "the network drive " + Character.toUpperCase(text.charAt(0)) + ":");
        }
        return new StoragePlace(Kind.LOCAL, "this PC's own disk");
    }

    /** The OneDrive (by its variable's name) whose folder holds the path, if any. */
    private static Optional<String> syncedBy(String path, Map<String, String> environment) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            if (!variable.getKey().toLowerCase(Locale.ROOT).startsWith("onedrive") || variable.getValue() == null
                    || variable.getValue().isBlank()) {
                continue;
            }
            String folder = variable.getValue().strip().replace('/', '\\').toLowerCase(Locale.ROOT);
            folder = folder.endsWith("\\") ? folder.substring(0, folder.length() - 1) : folder;
            if (!folder.isEmpty() && (lower.equals(folder) || lower.startsWith(folder + "\\"))) {
                return Optional.of("OneDrive".equalsIgnoreCase(variable.getKey()) ? "OneDrive" : "OneDrive ("
                        + variable.getKey() + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** Windows' own answer (GetDriveTypeW); a drive it cannot answer for counts as this PC's. */
    private static boolean remoteDrive(char letter) {
        try (Arena arena = Arena.ofConfined()) {
            MethodHandle getDriveType = Linker.nativeLinker().downcallHandle(
                    SymbolLookup.libraryLookup("kernel32", arena).find("GetDriveTypeW").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            MemorySegment root = arena.allocateFrom(letter + ":\\", StandardCharsets.UTF_16LE);
            return (int) getDriveType.invokeExact(root) == DRIVE_REMOTE;
        } catch (Throwable unknown) {
            return false;
        }
    }
}
