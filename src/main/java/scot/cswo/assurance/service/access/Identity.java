package scot.cswo.assurance.service.access;

import scot.cswo.assurance.domain.access.AccountNames;

/**
 * The person using the app, as the operating system knows them (DOMAIN\\user on Windows).
 *
 * @param known false when the operating system could not say who is signed in; such a person may
 *              read but not change anything, since a name they could type or set is no identity
 * @param names what the PC knows of its domain, so role grants and leads' accounts written another
 *              way ("jsmith@council.gov.uk") are recognised as this person (ADR 22)
 */
public record Identity(String account, boolean known, AccountNames names) {

    public Identity(String account, boolean known) {
        this(account, known, AccountNames.UNKNOWN);
    }

    public Identity(String account) {
        this(account, true);
    }

    /** Someone the operating system did not name. */
    public static Identity unreadable() {
        return new Identity("(an account the operating system did not name)", false);
    }

    /** True if {@code other} is a way of writing this person's account. */
    public boolean is(String other) {
        return known && names.samePerson(account, other);
    }
}
