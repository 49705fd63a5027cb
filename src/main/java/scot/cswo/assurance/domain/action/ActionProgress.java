package scot.cswo.assurance.domain.action;

import scot.cswo.assurance.domain.Labelled;


/** The lead's own account of an action, as the tracker records it. */
public enum ActionProgress implements Labelled {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    COMPLETE,
    /** Complete and now part of normal practice: no longer followed up. */
    EMBEDDED;

    public boolean closed() {
        return this == COMPLETE || this == EMBEDDED;
    }
}
