package scot.cswo.assurance.domain.access;

/** The signed-in account's role does not allow what was asked; nothing was changed. */
public final class NotAllowedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
        super(message);
    }
}
