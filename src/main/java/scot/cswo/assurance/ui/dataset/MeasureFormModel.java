package scot.cswo.assurance.ui.dataset;

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
    private final AssuranceState state;
    private final DatasetService dataset;
    /** The measure as read, or null for a new one. */
    private final MeasureSeries existing;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty area = new SimpleStringProperty("");
    private final StringProperty definition = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<CollectionFrequency> collection =
            new SimpleObjectProperty<>(CollectionFrequency.QUARTERLY);
    private final ObjectProperty<Polarity> polarity = new SimpleObjectProperty<>(Polarity.CONTEXT_ONLY);
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(Aggregation.SUM);
    private final BooleanProperty countsPeople = new SimpleBooleanProperty(true);
    private final StringProperty breakdown = new SimpleStringProperty("");

    /** @param existing the measure to change as read, or null to define a new one */
    public MeasureFormModel(AssuranceState state, DatasetService dataset, MeasureSeries existing) {
        this.state = state;
        this.dataset = dataset;
        this.existing = existing;
        if (existing != null) {
            Measure m = existing.measure();
            name.set(m.name());
            unit.set(m.unit());
            area.set(m.statutoryArea());
            definition.set(m.definition());
            owner.set(m.dataOwner());
            collection.set(m.collection());
            polarity.set(m.polarity());
            aggregation.set(m.aggregation());
            countsPeople.set(m.countsPeople());
            breakdown.set(m.breakdown());
        }
    }

    /** The save the fields describe, to run on the database thread (where the measure checks itself). */
    public Callable<MeasureSeries> change() {
        String named = name.get();
        String counted = unit.get();
        String statutoryArea = area.get();
        String defined = definition.get();
        String dataOwner = owner.get();
        CollectionFrequency collected = collection.get();
        Polarity better = polarity.get();
        Aggregation summed = aggregation.get();
        boolean people = countsPeople.get();
        String partOf = breakdown.get();
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

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty areaProperty() {
        return area;
    }

    public StringProperty definitionProperty() {
        return definition;
    }

    public StringProperty ownerProperty() {
        return owner;
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

    public StringProperty breakdownProperty() {
        return breakdown;
    }
}
