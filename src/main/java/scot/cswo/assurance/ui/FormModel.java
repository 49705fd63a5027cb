package scot.cswo.assurance.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.RefusedException;

/**
 * A form's state without its window: the fields as properties (in the subclass) and the save, on the database thread through {@link AssuranceState}. The
 * service checks again and its refusals come back as {@link #messages()}; a fault the form cannot
 * explain goes to {@link DialogService#failed}. Nothing is saved half-way.
 *
 * @param <F> the form's field keys
 * @param <T> what a successful save gives back
 */
public abstract class FormModel<F extends Enum<F> & Field, T> {
    private final AssuranceState state;
    private final DialogService dialogs;
    private final Class<F> keys;
    private final FormMessages<F> messages;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();

    protected FormModel(AssuranceState state, DialogService dialogs, Class<F> keys) {
        this.state = state;
        this.dialogs = dialogs;
        this.keys = keys;
        this.messages = new FormMessages<>(keys);
    }

    /** The change, taken from the fields now and run later on the database thread. */
    protected abstract Callable<T> change();

    /**
     * Saves; {@code onSaved} runs once the change is saved and the screens are refreshed. If the
     * service refuses, {@link #messages()} says what is wrong, each problem beside its field, and
     * nothing changes.
     */
    public final void save(Consumer<? super T> onSaved) {
        messages.clear();
        Callable<T> change;
        try {
            change = change();
        } catch (InvalidDataException | RefusedException refused) {
            // Fields read into a value that refuses itself: shown like the service's own refusals.
            messages.show(refused);
            return;
        }
        saving.set(true);
        state.save(change, saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (!messages.show(failure)) {
                dialogs.failed(failure);
            }
        });
    }

    /**
     * The user changed {@code field}: its message goes at once, as in a Windows form, rather than staying
     * until the next Save (which checks everything again).
     */
    public final void edited(F field) {
        messages.clear(field);
    }

    /** After a save refused because someone else changed the item: show every screen their change. */
    public final void reload() {
        state.refresh();
    }

    /** The form's field keys. */
    public final Class<F> keys() {
        return keys;
    }

    public final FormMessages<F> messages() {
        return messages;
    }

    /** True while a save is under way, so Save cannot be pressed twice. */
    public final ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    protected final AssuranceState state() {
        return state;
    }

    protected final DialogService dialogs() {
        return dialogs;
    }
}
