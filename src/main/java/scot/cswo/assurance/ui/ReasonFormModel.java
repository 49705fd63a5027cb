package scot.cswo.assurance.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A form that asks only why: withdrawing a record or a note entered in error. The service refuses
 * a blank reason, beside the form's reason field.
 *
 * @param <T> what the service gives back once the change is saved
 */
public final class ReasonFormModel<T> {
    private final AssuranceState state;
    private final Function<String, T> withReason;
    private final StringProperty reason = new SimpleStringProperty("");

    /** @param withReason the change, given the reason typed; run on the database thread */
    public ReasonFormModel(AssuranceState state, Function<String, T> withReason) {
        this.state = state;
        this.withReason = withReason;
    }

    /** The save the field describes, to run on the database thread. */
    public Callable<T> change() {
        String why = reason.get();
        return () -> withReason.apply(why);
    }

    public void save(Consumer<? super T> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
