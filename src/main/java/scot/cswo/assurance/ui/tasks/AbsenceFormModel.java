package scot.cswo.assurance.ui.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import scot.cswo.assurance.domain.lead.Absence;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.tasks.TaskService;
import scot.cswo.assurance.ui.AssuranceState;

/**
 * "I will be away…": the first and last day away and the deputy who covers the lead's tasks,
 * checked by the task service ({@link scot.cswo.assurance.service.tasks.AbsenceField}).
 */
public final class AbsenceFormModel {
    private final AssuranceState state;
    private final TaskService tasks;
    private final Lead lead;
    private final List<Lead> deputies;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Lead> deputy = new SimpleObjectProperty<>();

    /** Starts on a week from today; {@code leads} are everyone who might cover, the lead among them or not. */
    public AbsenceFormModel(AssuranceState state, TaskService tasks, Lead lead, List<Lead> leads) {
        this.state = state;
        this.tasks = tasks;
        this.lead = lead;
        this.deputies = leads.stream().filter(l -> l.id() != lead.id()).toList();
        from.set(state.today());
        to.set(state.today().plusDays(7));
    }

    public Lead lead() {
        return lead;
    }

    /** Who can cover: every lead but the one away. */
    public List<Lead> deputies() {
        return deputies;
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<Absence> change() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        Lead chosen = deputy.get();
        return () -> tasks.markAbsent(lead, first, last, chosen);
    }

    public void save(Consumer<? super Absence> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Lead> deputyProperty() {
        return deputy;
    }
}
