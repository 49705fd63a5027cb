package scot.cswo.assurance.domain.access;

/**
 * Someone else changed the item since it was read; the save was refused so their change is not
 * silently overwritten. The message says who and when; reload and try again.
 */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
