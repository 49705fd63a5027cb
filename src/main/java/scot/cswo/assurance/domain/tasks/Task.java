package scot.cswo.assurance.domain.tasks;

import java.util.List;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.schedule.MechanismStatus;

/**
 * One of a lead's assurance tasks: a mechanism they lead (or cover for an absent lead), with its
 * status.
 *
 * @param rows      every row of the mechanism (a shared mechanism is one task)
 * @param actingFor the absent lead this task is covered for; null for the lead's own
 */
public record Task(Mechanism mechanism, List<MatrixRow> rows, MechanismStatus status, Lead actingFor) {
}
