package scot.cswo.assurance.ui.dataset;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.service.dataset.ValueField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Line;

/**
 * A quarter's values, one field per measure ({@link ValueField}), starting from those saved; saving
 * over a value someone else changed meanwhile is refused, and if any value is wrong none is saved.
 */
public final class ValuesFormModel {
    private final AssuranceState state;
    private final DatasetService dataset;
    private final Quarter quarter;
    private final List<Line> lines;
    private final Map<Long, StringProperty> typed = new LinkedHashMap<>();
    private final Map<Long, BigDecimal> asRead = new LinkedHashMap<>();

    /** @param lines the measures whose values are entered for {@code quarter} */
    public ValuesFormModel(AssuranceState state, DatasetService dataset, Quarter quarter, List<Line> lines) {
        this.state = state;
        this.dataset = dataset;
        this.quarter = quarter;
        this.lines = List.copyOf(lines);
        for (Line line : lines) {
            typed.put(line.series().id(), new SimpleStringProperty(line.value() == null ? ""
                    : line.value().toPlainString()));
            if (line.value() != null) {
                asRead.put(line.series().id(), line.value());
            }
        }
    }

    public Quarter quarter() {
        return quarter;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The field a line's value is typed in, which problems with it name. */
    public static ValueField field(Line line) {
        return ValueField.of(line.series());
    }

    /** The value typed for a line's measure, as text (blank clears it). */
    public StringProperty valueProperty(Line line) {
        return typed.get(line.series().id());
    }

    /** The save the fields describe, to run on the database thread; it answers how many values changed. */
    public Callable<Integer> change() {
        Map<Long, String> values = new LinkedHashMap<>();
        typed.forEach((id, text) -> values.put(id, text.get()));
        Map<Long, BigDecimal> read = Map.copyOf(asRead);
        return () -> dataset.enter(quarter, values, read);
    }

    public void save(Consumer<? super Integer> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }
}
