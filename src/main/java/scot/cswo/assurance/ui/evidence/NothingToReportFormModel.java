package scot.cswo.assurance.ui.evidence;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.ui.AssuranceState;

/** An event-driven mechanism's "nothing to report" return: a date in the quarter ({@code QUARTER}). */
public final class NothingToReportFormModel {
    private final AssuranceState state;
    private final EvidenceService evidence;
    private final long frameworkId;
    private final Ref ref;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    /** Starts on the last quarter ended, the one a return is most likely for. */
    public NothingToReportFormModel(AssuranceState state, EvidenceService evidence, long frameworkId, Ref ref) {
        this.state = state;
        this.evidence = evidence;
        this.frameworkId = frameworkId;
        this.ref = ref;
        date.set(Quarter.containing(state.today()).previous().end());
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<Evidence> change() {
        LocalDate chosen = date.get();
        return () -> evidence.nothingToReport(frameworkId, ref, chosen);
    }

    public void save(Consumer<? super Evidence> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    /** A date in the quarter in which nothing happened. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }
}
