package scot.cswo.assurance.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.MeasureField;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.dataset.TargetField;
import scot.cswo.assurance.service.dataset.ValueField;
import scot.cswo.assurance.ui.Outcome;
import scot.cswo.assurance.ui.ViewModelTest;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Line;

/** The dataset's forms (a quarter's values, a measure, a target) through their view-models, with no window. */
class DatasetFormModelsTest extends ViewModelTest {
    private static final Quarter Q2 = new Quarter(2025, 2);


    @BeforeEach
    void prepare() {
        open.workspace().dataset().addStarterIfEmpty();
    }

    private MeasureSeries quarterly() {
        return open.workspace().dataset().dataset().stream()
                .filter(s -> s.measure().collection() == CollectionFrequency.QUARTERLY).findFirst().orElseThrow();
    }

    private MeasureSeries reread(MeasureSeries series) {
        return open.workspace().dataset().dataset().stream().filter(s -> s.id() == series.id()).findFirst()
                .orElseThrow();
    }

    private ValuesFormModel valuesOf(MeasureSeries series) {
        return new ValuesFormModel(open.state(), open.workspace().dataset(), Q2, List.of(new Line(series, Q2)));
    }

    @Test
    void savingAQuartersValuesEntersThem() {
        MeasureSeries series = quarterly();
        ValuesFormModel form = valuesOf(series);
        form.valueProperty(form.lines().getFirst()).set("12");

        assertThat(Outcome.of(form::save).saved()).isEqualTo(1);

        assertThat(new Line(reread(series), Q2).value()).isEqualByComparingTo(new BigDecimal("12"));
    }

    @Test
    void aValueThatIsNotANumberIsRefusedBesideItsMeasure() {
        MeasureSeries series = quarterly();
        ValuesFormModel form = valuesOf(series);
        form.valueProperty(form.lines().getFirst()).set("twelve");

        Outcome<Integer> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ValueField.of(series));
        assertThat(ValuesFormModel.field(form.lines().getFirst())).isEqualTo(ValueField.of(series));
    }

    @Test
    void aQuartersValuesStartFromThoseSaved() {
        MeasureSeries series = quarterly();
        ValuesFormModel first = valuesOf(series);
        first.valueProperty(first.lines().getFirst()).set("12");
        Outcome.of(first::save).saved();

        ValuesFormModel again = valuesOf(reread(series));

        assertThat(again.valueProperty(again.lines().getFirst()).get()).isEqualTo("12");
    }

    @Test
    void savingANewMeasureDefinesIt() {
        MeasureFormModel form = new MeasureFormModel(open.state(), open.workspace().dataset(), null);
        form.text(MeasureField.NAME).set("Adults with a care plan");
        form.text(MeasureField.UNIT).set("adults");

        MeasureSeries saved = Outcome.of(form::save).saved();

        assertThat(saved.measure().name()).isEqualTo("Adults with a care plan");
        assertThat(saved.measure().collection()).isEqualTo(CollectionFrequency.QUARTERLY);
    }

    @Test
    void aMeasureWithNoNameOrUnitIsRefusedBesideEach() {
        MeasureFormModel form = new MeasureFormModel(open.state(), open.workspace().dataset(), null);

        Outcome<MeasureSeries> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(MeasureField.NAME, MeasureField.UNIT)
                .containsEntry(MeasureField.NAME, "A measure needs a name.");
    }

    @Test
    void aChangedMeasureStartsFromItsDefinitionAndIsSaved() {
        MeasureSeries series = quarterly();
        MeasureFormModel form = new MeasureFormModel(open.state(), open.workspace().dataset(), series);
        assertThat(form.text(MeasureField.NAME).get()).isEqualTo(series.measure().name());
        form.text(MeasureField.DEFINITION).set("Counted on the last day of the quarter");

        Outcome.of(form::save).saved();

        assertThat(reread(series).measure().definition()).isEqualTo("Counted on the last day of the quarter");
    }

    @Test
    void savingATargetSetsItForTheYear() {
        MeasureSeries series = quarterly();
        TargetFormModel form = new TargetFormModel(open.state(), open.workspace().dataset(), new Line(series, Q2));
        form.targetProperty().set("40");
        form.toleranceProperty().set("5");

        Outcome.of(form::save).saved();

        assertThat(reread(series).target(2025).value()).isEqualByComparingTo(new BigDecimal("40"));
    }

    @Test
    void aToleranceWithoutATargetIsRefusedBesideTheTarget() {
        TargetFormModel form = new TargetFormModel(open.state(), open.workspace().dataset(), new Line(quarterly(), Q2));
        form.toleranceProperty().set("5");

        Outcome<Void> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(TargetField.TARGET)
                .containsEntry(TargetField.TARGET, "A tolerance needs a target to be measured from.");
    }

    @Test
    void aToleranceThatIsNotANumberIsRefusedBesideTheTolerance() {
        TargetFormModel form = new TargetFormModel(open.state(), open.workspace().dataset(), new Line(quarterly(), Q2));
        form.targetProperty().set("40");
        form.toleranceProperty().set("five");

        Outcome<Void> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(TargetField.TOLERANCE);
    }
}
