package scot.cswo.assurance.ui;

/** A problem a form found before saving: the field it belongs beside (null for the form as a whole). */
public record FieldProblem<F extends FieldKey>(F field, String message) {
}
