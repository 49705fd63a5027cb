package scot.cswo.assurance.domain.action;

import java.time.Instant;
import java.util.List;

/** The action tracker's storage. Each change is one transaction, with its history entry. */
public interface ActionRepository {

    /** Every action, oldest first, with its notes. */
    List<TrackedAction> list();

    /**
     * The actions as they stood just before {@code end}: only those added before it, each as it was
     * then (lead, target date, progress), with the notes recorded by then.
     */
    List<TrackedAction> listAsAt(Instant end);

    /** Adds actions (with a first note each, if given) in one transaction. */
    List<TrackedAction> add(List<NewAction> actions, String account, Instant at);

    /** Saves a changed action if nobody has changed it since {@code expectedVersion}. */
    TrackedAction update(long id, int expectedVersion, ImprovementAction changed, String account, Instant at);

    /** Adds a dated progress note, with where its evidence is (blank for none). */
    TrackedAction addNote(long id, ActionNote note, String account, Instant at);

    /** Replaces a note with a corrected version, saying why; the earlier one is kept, superseded. */
    TrackedAction correctNote(long noteId, ActionNote corrected, String reason, String account, Instant at);

    /** Withdraws a note recorded in error, saying why; it is kept but no longer shown with the action. */
    TrackedAction withdrawNote(long noteId, String reason, String account, Instant at);

    /** An action to add, with the progress note it starts with (null for none). */
    record NewAction(ImprovementAction action, String sourceRef, ActionNote firstNote) {
    }
}
