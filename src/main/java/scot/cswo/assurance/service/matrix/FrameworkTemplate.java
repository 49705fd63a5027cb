package scot.cswo.assurance.service.matrix;

import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.MatrixDraft;

/** A framework ready to load into a new database. */
public record FrameworkTemplate(String key, FrameworkDetails details, MatrixDraft draft) {
}
