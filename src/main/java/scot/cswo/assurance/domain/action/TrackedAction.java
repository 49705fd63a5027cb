package scot.cswo.assurance.domain.action;

import java.util.List;

/**
 * An action as the tracker holds it.
 *
 * @param sourceRef where in its source it came from ("Recommendation 4", a matrix ref)
 * @param notes     progress notes, oldest first
 * @param version   for refusing a save based on an out-of-date copy
 */
public record TrackedAction(long id, ImprovementAction action, String sourceRef, List<ActionNote> notes, int version) {

    public TrackedAction {
        notes = List.copyOf(notes);
    }
}
