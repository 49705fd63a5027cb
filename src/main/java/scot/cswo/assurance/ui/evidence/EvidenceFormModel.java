package scot.cswo.assurance.ui.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.service.evidence.EvidenceService.Counting;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.Messages;

/**
 * Recording evidence for a row of the framework shown, or correcting a record with a reason: the
 * fields, where evidence of the date typed would count, and the save. The service checks the
 * fields ({@link scot.cswo.assurance.service.evidence.EvidenceField}) and its problems name them.
 */
public final class EvidenceFormModel {
    private final AssuranceState state;
    private final EvidenceService evidence;
    private final DialogService dialogs;
    private final long frameworkId;
    private final Ref ref;
    /** The record being corrected, or null for new evidence. */
    private final Evidence earlier;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty dateText = new SimpleStringProperty("");
    private final WhereItCounts counts;
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty forum = new SimpleStringProperty("");
    private final ObjectProperty<Conclusion> conclusion = new SimpleObjectProperty<>();
    private final StringProperty providedBy = new SimpleStringProperty("");
    private final ObservableList<Path> attachments = FXCollections.observableArrayList();
    private final StringProperty reason = new SimpleStringProperty("");

    private EvidenceFormModel(AssuranceState state, EvidenceService evidence, DialogService dialogs, long frameworkId,
                              Ref ref, Evidence earlier, LocalDate day) {
        this.state = state;
        this.evidence = evidence;
        this.dialogs = dialogs;
        this.frameworkId = frameworkId;
        this.ref = ref;
        this.earlier = earlier;
        date.set(day);
        counts = new WhereItCounts(state, dateText, typed -> evidence.whereEvidenceCounts(frameworkId, ref, typed),
                EvidenceFormModel::sentence);
    }

    /** New evidence for the row {@code ref} of the framework shown, dated today to start with. */
    public static EvidenceFormModel record(AssuranceState state, EvidenceService evidence, DialogService dialogs,
                                           long frameworkId, Ref ref) {
        return new EvidenceFormModel(state, evidence, dialogs, frameworkId, ref, null, state.today());
    }

    /** A correction of {@code earlier} (evidence, not a "not applicable" record), starting from what it says. */
    public static EvidenceFormModel correct(AssuranceState state, EvidenceService evidence, DialogService dialogs,
                                            long frameworkId, Ref ref, Evidence earlier) {
        EvidenceFormModel model = new EvidenceFormModel(state, evidence, dialogs, frameworkId, ref, earlier,
                earlier.date());
        model.note.set(earlier.note());
        model.reference.set(orEmpty(earlier.reference()));
        model.forum.set(orEmpty(earlier.forum()));
        model.conclusion.set(earlier.conclusion());
        model.providedBy.set(orEmpty(earlier.providedBy()));
        return model;
    }

    /** True when correcting a record rather than recording new evidence. */
    public boolean correcting() {
        return earlier != null;
    }

    /** How many files the record being corrected already has (they are kept; more can be added). */
    public int alreadyAttached() {
        return earlier == null ? 0 : earlier.attachments().size();
    }

    /** Asks which files to attach and adds them. */
    public void addAttachments() {
        attachments.addAll(dialogs.filesToOpen(Messages.get("evidence.attachments.choose")));
    }

    /** "Counts for Oct–Dec 2026. Jul–Sep 2026 stays missed: if this happened in Jul–Sep 2026, give that date." */
    static String sentence(Counting counting) {
        return switch (counting.kind()) {
            case PERIOD -> Messages.get("evidence.counts.period", counting.period().label())
                    + (counting.stillMissed() == null ? "" : " " + Messages.get("evidence.counts.stillMissed",
                    counting.stillMissed().label()));
            case OCCURRENCE -> Messages.get("evidence.counts.occurrence");
            case ONE_OFF -> Messages.get("evidence.counts.oneOff");
            case NO_PERIOD -> Messages.get("evidence.counts.noPeriod");
            case BEFORE_TRACKING -> Messages.get("evidence.counts.beforeTracking");
            case FUTURE -> Messages.get("evidence.counts.future");
            case ELSEWHERE -> counting.elsewhere();
        };
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<Evidence> change() {
        EvidenceInput input = new EvidenceInput(date.get(), note.get(), reference.get(), forum.get(),
                conclusion.get(), providedBy.get(), List.copyOf(attachments));
        if (earlier == null) {
            return () -> evidence.record(frameworkId, ref, input);
        }
        long id = earlier.id();
        String why = reason.get();
        return () -> evidence.correct(id, input, why);
    }

    /** Saves; a refusal names the fields at fault ({@link scot.cswo.assurance.domain.problem.Problem#field()}). */
    public void save(Consumer<? super Evidence> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The date as typed, which {@link #countsProperty()} follows before it is committed. */
    public StringProperty dateTextProperty() {
        return dateText;
    }

    /** Where evidence of the date typed counts, in a sentence; empty while unknown. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.sentence();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty forumProperty() {
        return forum;
    }

    public ObjectProperty<Conclusion> conclusionProperty() {
        return conclusion;
    }

    public StringProperty providedByProperty() {
        return providedBy;
    }

    /** Files to attach (for a correction: added to those the record has). */
    public ObservableList<Path> attachments() {
        return attachments;
    }

    /** Why the record is corrected (corrections only). */
    public StringProperty reasonProperty() {
        return reason;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
