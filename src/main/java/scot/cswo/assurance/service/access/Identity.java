package scot.cswo.assurance.service.access;

/**
 * The person using the app, as the operating system knows them (DOMAIN\\user on Windows).
 *
 * @param known false when the operating system could not say who is signed in; such a person may
 *              read but not change anything, since a name they could type or set is no identity
 */
public record Identity(String account, boolean known) {

    public Identity(String account) {
        this(account, true);
    }

    /** Someone the operating system did not name. */
    public static Identity unreadable() {
        return new Identity("(an account the operating system did not name)", false);
    }
}
