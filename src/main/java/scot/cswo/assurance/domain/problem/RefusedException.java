package scot.cswo.assurance.domain.problem;

/** An operation the app declines to carry out, with a reason the user can act on. */
public final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }
}
