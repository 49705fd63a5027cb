package scot.cswo.assurance.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/**
 * What a form says back after Save: a message beside each field that has a problem, one across the
 * top for the form as a whole, and whether someone else changed the item first (so the form offers
 * to show their change). A view binds to these; a test reads them.
 */
public final class FormMessages<F extends Enum<F> & Field> {
    private final Class<F> keys;
    private final Map<F, ReadOnlyStringWrapper> fields;
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();

    public FormMessages(Class<F> keys) {
        this.keys = keys;
        this.fields = new EnumMap<>(keys);
        for (F key : keys.getEnumConstants()) {
            fields.put(key, new ReadOnlyStringWrapper());
        }
    }

    /** The message beside {@code field}, or null while it has none. */
    public ReadOnlyStringProperty of(F field) {
        return fields.get(field).getReadOnlyProperty();
    }

    /** The message across the top of the form, or null. */
    public ReadOnlyStringProperty generalProperty() {
        return general.getReadOnlyProperty();
    }

    /** True after a save refused because someone else changed the item first. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return general.get() == null && fields.values().stream().allMatch(m -> m.get() == null);
    }

    void clear() {
        fields.values().forEach(m -> m.set(null));
        general.set(null);
        stale.set(false);
    }

    /** Takes back the message beside {@code field}: the user is putting it right. */
    void clear(F field) {
        fields.get(field).set(null);
    }

    /**
     * Puts a refused save's explanation where it belongs: each problem beside its field, the rest
     * across the top. False for a failure that is not a refusal (a fault the form cannot explain).
     */
    boolean show(Throwable failure) {
        switch (failure) {
            case InvalidDataException invalid -> invalid.problems().forEach(this::place);
            case ConflictException conflict -> {
                add(general, conflict.getMessage());
                stale.set(true);
            }
            case RefusedException refused -> add(general, refused.getMessage());
            case NotAllowedException notAllowed -> add(general, notAllowed.getMessage());
            case StoreUnavailableException unavailable -> add(general, unavailable.getMessage());
            default -> {
                return false;
            }
        }
        return true;
    }

    private void place(Problem problem) {
        if (keys.isInstance(problem.field())) {
            add(fields.get(keys.cast(problem.field())), problem.message());
        } else {
            add(general, problem.describe());
        }
    }

    /** A second problem for the same place goes on a line of its own. */
    private static void add(ReadOnlyStringWrapper message, String text) {
        message.set(message.get() == null ? text : message.get() + "\n" + text);
    }
}
