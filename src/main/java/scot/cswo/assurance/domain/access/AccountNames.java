package scot.cswo.assurance.domain.access;

import java.util.Locale;

/**
 * How one Windows account is written several ways: "jsmith", "COUNCIL\jsmith", "jsmith@council.gov.uk"
 * and, on a PC joined to Entra ID, "AzureAD\JSmith". The rules (ADR 22):
 * <ul>
 * <li>case never matters, nor spaces around;</li>
 * <li>a sign-in name (UPN) whose suffix is this PC's domain's DNS name (USERDNSDOMAIN) is that
 *     domain's account: "jsmith@council.local" is "COUNCIL\jsmith" when the PC is in COUNCIL;</li>
 * <li>a bare name is the person of that name in whichever domain (the council has one), so "jsmith"
 *     matches "COUNCIL\jsmith" and "jsmith@council.gov.uk";</li>
 * <li>"AzureAD\name" is the Entra account whose sign-in name starts "name@";</li>
 * <li>otherwise two domains are two people: "COUNCIL\jsmith" is not "NHSTAYSIDE\jsmith".</li>
 * </ul>
 *
 * @param domain    this PC's domain as Windows names it (USERDOMAIN, "COUNCIL"); null if unknown
 * @param dnsDomain that domain's DNS name (USERDNSDOMAIN, "COUNCIL.LOCAL"); null if unknown
 */
public record AccountNames(String domain, String dnsDomain) {
    private static final String ENTRA = "azuread";

    /** Nothing known about the PC's domain: sign-in names stay as they are. */
    public static final AccountNames UNKNOWN = new AccountNames(null, null);

    public AccountNames {
        domain = blankToNull(domain);
        dnsDomain = blankToNull(dnsDomain);
    }

    /** The one spelling an account is kept under: lower case, a sign-in name of this domain as DOMAIN\name. */
    public String canonical(String account) {
        String text = account.strip().toLowerCase(Locale.ROOT);
        int at = text.lastIndexOf('@');
        if (at > 0 && !text.contains("\\") && domain != null && dnsDomain != null
                && text.substring(at + 1).equals(dnsDomain.toLowerCase(Locale.ROOT))) {
            return domain.toLowerCase(Locale.ROOT) + "\\" + text.substring(0, at);
        }
        return text;
    }

    /** True if the two spellings name the same person by the rules above. */
    public boolean samePerson(String one, String other) {
        if (one == null || other == null || one.isBlank() || other.isBlank()) {
            return false;
        }
        String a = canonical(one);
        String b = canonical(other);
        if (a.equals(b)) {
            return true;
        }
        if (!name(a).equals(name(b))) {
            return false;
        }
        return bare(a) || bare(b) || entra(a) && signInName(b) || entra(b) && signInName(a);
    }

    /** True if the spelling names no domain at all. */
    public static boolean bare(String account) {
        return !account.contains("\\") && !account.contains("@");
    }

    /** The person's name without the domain: after DOMAIN\ or before @. */
    private static String name(String canonical) {
        String afterDomain = canonical.substring(canonical.lastIndexOf('\\') + 1);
        int at = afterDomain.lastIndexOf('@');
        return at > 0 ? afterDomain.substring(0, at) : afterDomain;
    }

    private static boolean entra(String canonical) {
        return canonical.startsWith(ENTRA + "\\");
    }

    private static boolean signInName(String canonical) {
        return !canonical.contains("\\") && canonical.indexOf('@') > 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
