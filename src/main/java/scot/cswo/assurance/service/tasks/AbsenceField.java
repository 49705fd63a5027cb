package scot.cswo.assurance.service.tasks;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of marking a lead away, which the service's problems are about. */
public enum AbsenceField implements Field {
    FIRST_DAY,
    LAST_DAY,
    DEPUTY
}
