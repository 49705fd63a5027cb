package scot.cswo.assurance.service.dataset;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of a measure's target for a year, which problems with it are about. */
public enum TargetField implements Field {
    TARGET,
    TOLERANCE
}
