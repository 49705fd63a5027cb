package scot.cswo.assurance.domain.problem;

import java.nio.file.Path;

/**
 * The database file exists but cannot be read: damaged, truncated or written by an incompatible
 * version. It has not been changed; a backup can be restored in its place.
 */
public final class DamagedStoreException extends StoreUnavailableException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public DamagedStoreException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
