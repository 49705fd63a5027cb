package scot.cswo.assurance.cli;

/** The command line's exit codes, as documented in the README. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int INVALID_DATA = 3;
    public static final int DATABASE_UNAVAILABLE = 4;

    private ExitCode() {
    }
}
