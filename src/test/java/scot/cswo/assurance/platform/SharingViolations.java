package scot.cswo.assurance.platform;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The file system as Windows shows it while a virus scanner, the search indexer or OneDrive holds a
 * file: the first {@code n} moves (of those {@code which} picks) fail as Windows' do, then moves
 * work. Nothing waits between tries.
 */
public final class SharingViolations {
    /** The text Windows gives for error 32, which Java reports as a plain FileSystemException. */
    public static final String IN_USE = "The process cannot access the file because it is being used by another process";

    private final AtomicInteger left;
    private final Predicate<Path> which;
    private final boolean accessDenied;
    private final AtomicInteger refused = new AtomicInteger();

    private SharingViolations(int n, Predicate<Path> which, boolean accessDenied) {
        this.left = new AtomicInteger(n);
        this.which = which;
        this.accessDenied = accessDenied;
    }

    /** The first {@code n} moves fail with a sharing violation. */
    public static SharingViolations forFirst(int n) {
        return new SharingViolations(n, from -> true, false);
    }

    /** Every move of a file {@code which} picks fails with a sharing violation. */
    public static SharingViolations always(Predicate<Path> which) {
        return new SharingViolations(Integer.MAX_VALUE, which, false);
    }

    /** Every move fails with access denied (a read-only file, a protected folder). */
    public static SharingViolations accessDenied() {
        return new SharingViolations(Integer.MAX_VALUE, from -> true, true);
    }

    /** How many moves were refused. */
    public int refused() {
        return refused.get();
    }

    public FileMoves moves() {
        return new FileMoves((from, to, options) -> {
            if (which.test(from) && left.getAndDecrement() > 0) {
                refused.incrementAndGet();
                throw accessDenied ? new AccessDeniedException(from.toString(), to.toString(), null)
                        : new FileSystemException(from.toString(), to.toString(), IN_USE);
            }
            Files.move(from, to, options);
        }, Files::deleteIfExists, millis -> { });
    }

    /** A sharing violation as a test can throw it itself. */
    public static IOException inUse(Path file) {
        return new FileSystemException(file.toString(), null, IN_USE);
    }
}
