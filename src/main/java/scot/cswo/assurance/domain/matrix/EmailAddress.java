package scot.cswo.assurance.domain.matrix;

import java.util.regex.Pattern;

/**
 * The one rule for what a lead's email address must look like, wherever it is typed: the lead
 * form, an imported framework's "Lead email" column, or {@code leads set --email}.
 */
public final class EmailAddress {
    /** Someone@somewhere.something, no spaces and one "@": catches typing slips without rejecting real addresses. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+");

    /** What users are told about an address that fails {@link #wellFormed}. */
    public static final String REFUSAL = "this does not look like an email address.";

    /** "Jane Martin <jane.martin@council.gov.uk>", as Outlook copies an address: the name is dropped. */
    private static final Pattern NAMED = Pattern.compile("[^<>]*<\\s*([^<>]*?)\\s*>");

    private EmailAddress() {
    }

    /**
     * The address as typed or pasted, without the spaces round it or the display name of the form
     * Outlook copies ("Jane Martin &lt;jane.martin@council.gov.uk&gt;"); null for blank.
     */
    public static String bare(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var named = NAMED.matcher(typed.strip());
        return named.matches() ? named.group(1) : typed.strip();
    }

    public static boolean wellFormed(String address) {
        return address != null && SHAPE.matcher(address).matches();
    }
}
