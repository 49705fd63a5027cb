package scot.cswo.assurance.ui.matrix;

import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.schedule.MechanismStatus;

/** A row of the matrix table: the matrix row with its mechanism's status as of the chosen date. */
public record MatrixLine(MatrixRow row, MechanismStatus status) {
}
