package scot.cswo.assurance.domain.matrix;

import java.util.Comparator;

/**
 * The officer, or role ("ASP Independent Convenor", "Heads of Service"), who leads a mechanism.
 *
 * @param windowsAccount the account that identifies this lead when signed in, if known
 * @param active         false once the lead has left and their work has passed to a successor
 */
public record Lead(long id, String name, String jobTitle, String windowsAccount, boolean role, String email,
                   boolean active, int version) {

    /** The order people look a name up in: "Aileen Grant" before "ASP Independent Convenor". */
    public static final Comparator<Lead> BY_NAME = Comparator.comparing(Lead::name, String.CASE_INSENSITIVE_ORDER);

    public Lead(long id, String name, String jobTitle, String windowsAccount, boolean role) {
        this(id, name, jobTitle, windowsAccount, role, null, true, 0);
    }

    /**
     * How a published document names the lead: a role by its name, an officer by job title, or by
     * {@code post} ("Lead officer for Function 3") where none is recorded, so no one is named
     * unless {@code nameLeads} asks for officers' names.
     */
    public String published(boolean nameLeads, String post) {
        if (role || nameLeads) {
            return name;
        }
        return jobTitle != null && !jobTitle.isBlank() ? jobTitle : post;
    }
}
