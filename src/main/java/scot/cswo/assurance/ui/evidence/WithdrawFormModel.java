package scot.cswo.assurance.ui.evidence;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.ui.AssuranceState;

/** Withdrawing a record entered in error, saying why ({@code REASON}): it stays in the history and no longer counts. */
public final class WithdrawFormModel {
    private final AssuranceState state;
    private final EvidenceService evidence;
    private final long id;
    private final StringProperty reason = new SimpleStringProperty("");

    public WithdrawFormModel(AssuranceState state, EvidenceService evidence, Evidence record) {
        this.state = state;
        this.evidence = evidence;
        this.id = record.id();
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<Evidence> change() {
        String why = reason.get();
        return () -> evidence.withdraw(id, why);
    }

    public void save(Consumer<? super Evidence> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
