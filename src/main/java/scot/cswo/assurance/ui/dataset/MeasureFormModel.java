package scot.cswo.assurance.ui.dataset;

import static scot.cswo.assurance.domain.dataset.MeasureField.BREAKDOWN;
import static scot.cswo.assurance.domain.dataset.MeasureField.DATA_OWNER;
import static scot.cswo.assurance.domain.dataset.MeasureField.DEFINITION;
import static scot.cswo.assurance.domain.dataset.MeasureField.NAME;
import static scot.cswo.assurance.domain.dataset.MeasureField.STATUTORY_AREA;
import static scot.cswo.assurance.domain.dataset.MeasureField.UNIT;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.dataset.Aggregation;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureField;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.ui.AssuranceState;

/**
 * Defining a dataset measure, new or changed, checked by the measure itself
 * ({@link scot.cswo.assurance.domain.dataset.MeasureField}). A change to a measure someone else
 * changed meanwhile is refused.
 */
public final class MeasureFormModel {
    private static final List<MeasureField> TEXTS = List.of(NAME, UNIT, STATUTORY_AREA, DEFINITION, DATA_OWNER, BREAKDOWN);
    private final AssuranceState state;
    private final DatasetService dataset;
    /** The measure as read, or null for a new one. */
    private final MeasureSeries existing;
    /** The measure's words, each by the input it is. */
    private final Map<MeasureField, StringProperty> texts = new EnumMap<>(MeasureField.class);
    private final ObjectProperty<CollectionFrequency> collection =
            new SimpleObjectProperty<>(CollectionFrequency.QUARTERLY);
    private final ObjectProperty<Polarity> polarity = new SimpleObjectProperty<>(Polarity.CONTEXT_ONLY);
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(Aggregation.SUM);
    private final BooleanProperty countsPeople = new SimpleBooleanProperty(true);

    /** @param existing the measure to change as read, or null to define a new one */
    public MeasureFormModel(AssuranceState state, DatasetService dataset, MeasureSeries existing) {
        this.state = state;
        this.dataset = dataset;
        this.existing = existing;
        for (MeasureField field : TEXTS) {
            texts.put(field, new SimpleStringProperty(""));
        }
        if (existing != null) {
            Measure m = existing.measure();
            text(NAME).set(m.name());
            text(UNIT).set(m.unit());
            text(STATUTORY_AREA).set(m.statutoryArea());
            text(DEFINITION).set(m.definition());
            text(DATA_OWNER).set(m.dataOwner());
            collection.set(m.collection());
            polarity.set(m.polarity());
            aggregation.set(m.aggregation());
            countsPeople.set(m.countsPeople());
            text(BREAKDOWN).set(m.breakdown());
        }
    }

    /** The save the fields describe, to run on the database thread (where the measure checks itself). */
    public Callable<MeasureSeries> change() {
        String named = text(NAME).get();
        String counted = text(UNIT).get();
        String statutoryArea = text(STATUTORY_AREA).get();
        String defined = text(DEFINITION).get();
        String dataOwner = text(DATA_OWNER).get();
        CollectionFrequency collected = collection.get();
        Polarity better = polarity.get();
        Aggregation summed = aggregation.get();
        boolean people = countsPeople.get();
        String partOf = text(BREAKDOWN).get();
        Callable<Measure> measure = () -> new Measure(named, counted, statutoryArea, defined, dataOwner, collected,
                better, summed, people, partOf);
        if (existing == null) {
            return () -> dataset.addMeasure(measure.call());
        }
        long id = existing.id();
        int version = existing.version();
        return () -> dataset.updateMeasure(id, version, measure.call());
    }

    public void save(Consumer<? super MeasureSeries> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    /** The text typed for one of the measure's words: its name, unit, statutory area, definition, data owner or breakdown. */
    public StringProperty text(MeasureField field) {
        return Objects.requireNonNull(texts.get(field), () -> field + " is not typed as text");
    }

    public ObjectProperty<CollectionFrequency> collectionProperty() {
        return collection;
    }

    public ObjectProperty<Polarity> polarityProperty() {
        return polarity;
    }

    public ObjectProperty<Aggregation> aggregationProperty() {
        return aggregation;
    }

    public BooleanProperty countsPeopleProperty() {
        return countsPeople;
    }

}
