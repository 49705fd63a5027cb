package scot.cswo.assurance.domain.access;

import scot.cswo.assurance.domain.Labelled;

/**
 * What a signed-in account may do. Each role can do everything the ones before it can.
 *
 * <ul>
 *   <li>Viewer: read everything, look at any date, preview, save and print the report.</li>
 *   <li>Lead: also record evidence for their own mechanisms and those they deputise for, and mark
 *       themselves away.</li>
 *   <li>Editor: also edit the matrix, record evidence for everyone, keep meetings, write the report
 *       and import frameworks.</li>
 *   <li>Administrator: also manage leads, roles and settings, and copy frameworks.</li>
 * </ul>
 */
public enum Role implements Labelled {
    VIEWER,
    LEAD,
    EDITOR,
    ADMINISTRATOR;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
