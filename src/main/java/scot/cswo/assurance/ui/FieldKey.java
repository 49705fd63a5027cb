package scot.cswo.assurance.ui;

/**
 * One input on a form, as a typed key (an enum per form or feature), so a problem reaches its field
 * by the key rather than by an English label. {@link #column()} is the field name the service gives
 * in its {@link scot.cswo.assurance.domain.problem.Problem}s; the key is where that name is matched,
 * once, and the form's tests check every key receives its message.
 */
public interface FieldKey {
    String column();
}
