package scot.cswo.assurance.domain.problem;

/**
 * One input of a form or command that a problem can be about. Each form's fields are an enum
 * implementing this, shared by the service that checks them and the form that shows the message
 * beside them, so a message cannot lose its field by a difference in wording.
 */
public interface Field {
    /** The field's name as the user sees it ("Activity date"), which a problem's description starts with. */
    String label();
}
