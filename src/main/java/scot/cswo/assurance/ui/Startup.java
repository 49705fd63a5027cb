package scot.cswo.assurance.ui;

import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.service.Workspace;

/** The open database and the matrix read from it, prepared while the window appears. */
public record Startup(Workspace workspace, AssuranceMatrix matrix) {
}
