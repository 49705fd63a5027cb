package scot.cswo.assurance.domain.problem;

/** The database cannot be used: missing, locked by someone else, damaged or unreachable. */
public class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
