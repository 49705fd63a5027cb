package scot.cswo.assurance.domain.matrix;

/**
 * The officer, or role ("ASP Independent Convenor", "Heads of Service"), who leads a mechanism.
 *
 * @param windowsAccount the account that identifies this lead when signed in, if known
 * @param active         false once the lead has left and their work has passed to a successor
 */
public record Lead(long id, String name, String jobTitle, String windowsAccount, boolean role, String email,
                   boolean active, int version) {

    public Lead(long id, String name, String jobTitle, String windowsAccount, boolean role) {
        this(id, name, jobTitle, windowsAccount, role, null, true, 0);
    }

    /** The job title where one is recorded and preferred (published reports), otherwise the name. */
    public String displayName(boolean preferJobTitle) {
        return preferJobTitle && jobTitle != null && !jobTitle.isBlank() ? jobTitle : name;
    }
}
