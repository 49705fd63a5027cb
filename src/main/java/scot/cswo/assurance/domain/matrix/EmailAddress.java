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

    private EmailAddress() {
    }

    public static boolean wellFormed(String address) {
        return address != null && SHAPE.matcher(address).matches();
    }
}
