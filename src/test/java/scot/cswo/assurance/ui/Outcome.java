package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/** What a view-model's save came to: the value saved, or the failure the form would show. */
public final class Outcome<T> {
    private boolean done;
    private T saved;
    private Throwable failure;

    /** A view-model's save: what to do once saved, and on failure. */
    public interface Save<T> {
        void save(Consumer<T> onSaved, Consumer<Throwable> onFailure);
    }

    /** Runs {@code save} (at once: the tests' database work runs on their own thread) and keeps its outcome. */
    public static <T> Outcome<T> of(Save<T> save) {
        Outcome<T> outcome = new Outcome<>();
        save.save(outcome.onSaved(), outcome.onFailure());
        return outcome;
    }

    public Consumer<T> onSaved() {
        return value -> {
            done = true;
            saved = value;
        };
    }

    public Consumer<Throwable> onFailure() {
        return error -> failure = error;
    }

    /** The value saved; fails the test if the save failed. */
    public T saved() {
        assertThat(failure).as("save failed").isNull();
        assertThat(done).as("saved").isTrue();
        return saved;
    }

    /** The failure; fails the test if the save succeeded. */
    public Throwable failure() {
        assertThat(failure).as("the failure").isNotNull();
        return failure;
    }

    /** Each field the refusal names, with its message, in order; fails the test unless the fields were refused. */
    public Map<Field, String> problems() {
        assertThat(failure).isInstanceOf(InvalidDataException.class);
        Map<Field, String> byField = new LinkedHashMap<>();
        for (Problem problem : ((InvalidDataException) failure).problems()) {
            byField.put(problem.field(), problem.message());
        }
        return byField;
    }
}
