package scot.cswo.assurance.ui.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.service.evidence.EvidenceService.Counting;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Messages;

/**
 * Marking a period as needing no evidence, with the reason, or correcting such a record: its period
 * ({@code PERIOD}), why it needs none ({@code REASON}, or {@code NOTE} on a correction, whose
 * {@code REASON} says why it is corrected).
 */
public final class NotApplicableFormModel {
    private final AssuranceState state;
    private final EvidenceService evidence;
    private final long frameworkId;
    private final Ref ref;
    /** The record being corrected, or null for a new one. */
    private final Evidence earlier;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty because = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty dateText = new SimpleStringProperty("");
    /** The period the date typed marks; none for a correction, whose record keeps its own row. */
    private final ReadOnlyStringProperty marks;

    private NotApplicableFormModel(AssuranceState state, EvidenceService evidence, long frameworkId, Ref ref,
                                   Evidence earlier) {
        this.state = state;
        this.evidence = evidence;
        this.frameworkId = frameworkId;
        this.ref = ref;
        this.earlier = earlier;
        marks = ref == null ? new ReadOnlyStringWrapper("").getReadOnlyProperty() : new WhereItCounts(state, dateText,
                day -> evidence.whereItCounts(frameworkId, ref, day), NotApplicableFormModel::sentence).sentence();
    }

    static String sentence(Counting counting) {
        return switch (counting.kind()) {
            case PERIOD -> Messages.get("notApplicable.marks", counting.period().label());
            case NO_PERIOD -> Messages.get("evidence.counts.noPeriod");
            case BEFORE_TRACKING -> Messages.get("evidence.counts.beforeTracking");
            case ELSEWHERE -> counting.elsewhere();
            case OCCURRENCE, ONE_OFF, FUTURE -> "";
        };
    }

    /** A new record for the row {@code ref} of the framework shown, starting on a date in {@code period}. */
    public static NotApplicableFormModel mark(AssuranceState state, EvidenceService evidence, long frameworkId,
                                              Ref ref, LocalDate period) {
        NotApplicableFormModel model = new NotApplicableFormModel(state, evidence, frameworkId, ref, null);
        model.date.set(period);
        return model;
    }

    /** A correction of the "not applicable" record {@code earlier}, starting from its period and reason. */
    public static NotApplicableFormModel correct(AssuranceState state, EvidenceService evidence, Evidence earlier) {
        NotApplicableFormModel model = new NotApplicableFormModel(state, evidence, 0, null, earlier);
        model.date.set(earlier.date());
        model.because.set(earlier.note());
        return model;
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<Evidence> change() {
        LocalDate chosen = date.get();
        String why = because.get();
        if (earlier == null) {
            return () -> evidence.notApplicable(frameworkId, ref, chosen, why);
        }
        long id = earlier.id();
        EvidenceInput input = new EvidenceInput(chosen, why, null, null, null, null, List.of());
        String correctedBecause = reason.get();
        return () -> evidence.correct(id, input, correctedBecause);
    }

    public void save(Consumer<? super Evidence> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    /** A date in the period that needs no evidence. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Why the period needs no evidence. */
    public StringProperty becauseProperty() {
        return because;
    }

    /** The date as typed, which {@link #marksProperty()} follows before it is committed. */
    public StringProperty dateTextProperty() {
        return dateText;
    }

    /** The period the date typed marks, in a sentence ("Marks Jul–Sep 2026 as needing no evidence."). */
    public ReadOnlyStringProperty marksProperty() {
        return marks;
    }

    /** Why the record is corrected (corrections only). */
    public StringProperty reasonProperty() {
        return reason;
    }
}
