package scot.cswo.assurance.domain.problem;

import scot.cswo.assurance.domain.Labelled;

/**
 * One input of a form or command that a problem can be about. Each form's fields are an enum
 * implementing this, shared by the service that checks them and the form that shows the message
 * beside them, so a message cannot lose its field by a difference in wording. A problem's
 * description starts with the field's label, its constant's name in words ("Activity date").
 */
public interface Field extends Labelled {
    /** The constant's name, which an enum gives; for a field that is not an enum, its label does. */
    String name();
}
