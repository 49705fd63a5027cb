package scot.cswo.assurance.service.matrix;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of the administrators' forms (leads, settings, a new period, an import), which the editor's problems are about. */
public enum FrameworkField implements Field {
    NAME,
    JOB_TITLE,
    WINDOWS_ACCOUNT,
    EMAIL,
    /** Whether a lead is still in post: a tick box, which cannot be wrong. */
    ACTIVE,
    SUCCESSOR,
    FRAMEWORK_NAME,
    COUNCIL,
    PERIOD,
    TRACKING_START,
    GRACE_DAYS
}
