package scot.cswo.assurance.ui.dataset;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.dataset.Aggregation.YearValue;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.Rag;
import scot.cswo.assurance.domain.dataset.Target;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.DialogService.FileType;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Selection;

/**
 * The dataset screen: every measure as of a chosen quarter (its value, the year so far, the target
 * and rating), and the chosen measure's recent figures for the chart and the table beside it.
 */
public final class DatasetViewModel {
    /** How many quarters (or, for annual measures, years) the chart and figures go back. */
    static final int QUARTERS_SHOWN = 8;
    static final int YEARS_SHOWN = 5;

    private final AssuranceState state;
    private final DatasetService service;
    private final DialogService dialogs;
    private final ObjectProperty<Quarter> quarter = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ObservableList<Quarter> quarters = FXCollections.observableArrayList();

    /** A measure as of the chosen quarter. */
    public record Line(MeasureSeries series, Quarter quarter) {
        /** The value for the quarter (or for the year, for annual measures). */
        public BigDecimal value() {
            return series.value(series.periodIn(quarter));
        }

        public YearValue yearSoFar() {
            return series.measure().collection() == CollectionFrequency.ANNUAL ? series.year(quarter.financialYear())
                    : series.yearToDate(quarter);
        }

        public Target target() {
            return series.target(quarter.financialYear());
        }

        public Rag rag() {
            return series.rag(quarter);
        }
    }

    /** One period of a measure's recent figures. */
    public record Point(DataPeriod period, BigDecimal value, YearValue yearSoFar, Target target, Rag rag) {
    }

    public DatasetViewModel(AssuranceState state, DatasetService service, DialogService dialogs) {
        this.state = state;
        this.service = service;
        this.dialogs = dialogs;
        Quarter last = Quarter.containing(state.today()).previous();
        Quarter q = Quarter.containing(state.today());
        for (int i = 0; i < 12; i++) {
            quarters.add(q);
            q = q.previous();
        }
        quarter.set(last);
        quarter.addListener((obs, old, now) -> reload());
        selected.addListener((obs, old, line) -> showPoints(line));
        state.changesProperty().addListener((obs, old, count) -> reload());
        reload();
    }

    /** The current quarter and the eleven before it, newest first, and the one shown. */
    public Selection<Quarter> quarter() {
        return new Selection<>(quarters, quarter);
    }

    /** The dataset's measures as at the quarter shown, and the one selected. */
    public Selection<Line> lines() {
        return new Selection<>(lines, selected);
    }

    public ObservableList<Point> points() {
        return points;
    }

    public void reload() {
        Quarter chosen = quarter.get();
        state.load(() -> service.dataset(), all -> {
            long keep = selected.get() == null ? -1 : selected.get().series().id();
            lines.setAll(all.stream().map(s -> new Line(s, chosen)).toList());
            selected.set(lines.stream().filter(l -> l.series().id() == keep).findFirst()
                    .orElse(lines.isEmpty() ? null : lines.getFirst()));
            showPoints(selected.get());
        });
    }

    private void showPoints(Line line) {
        if (line == null) {
            points.clear();
            return;
        }
        MeasureSeries series = line.series();
        List<Point> shown = new ArrayList<>();
        if (series.measure().collection() == CollectionFrequency.ANNUAL) {
            for (int year = line.quarter().financialYear() - YEARS_SHOWN + 1; year <= line.quarter().financialYear();
                 year++) {
                shown.add(new Point(DataPeriod.year(year), series.value(DataPeriod.year(year)), series.year(year),
                        series.target(year), series.rag(year)));
            }
        } else {
            Quarter q = line.quarter();
            for (int i = 1; i < QUARTERS_SHOWN; i++) {
                q = q.previous();
            }
            for (int i = 0; i < QUARTERS_SHOWN; i++, q = q.next()) {
                shown.add(new Point(DataPeriod.of(q), series.value(DataPeriod.of(q)), series.yearToDate(q),
                        series.target(q.financialYear()), series.rag(q)));
            }
        }
        points.setAll(shown);
    }

    /**
     * The measures whose values are entered for the chosen quarter: the quarterly ones, and the
     * annual ones too at the fourth quarter, when the year's figures come in.
     */
    public List<Line> toEnter() {
        boolean yearEnd = quarter.get().number() == 4;
        return lines.stream().filter(l -> yearEnd || l.series().measure().collection() == CollectionFrequency.QUARTERLY)
                .toList();
    }

    /** The form for the values of the chosen quarter. */
    public ValuesFormModel valuesForm() {
        return new ValuesFormModel(state, service, quarter.get(), toEnter());
    }

    /** The form defining a measure: a new one (null), or {@code existing} changed. */
    public MeasureFormModel measureForm(MeasureSeries existing) {
        return new MeasureFormModel(state, service, existing);
    }

    /** The form for a line's target in the chosen quarter's year. */
    public TargetFormModel targetForm(Line line) {
        return new TargetFormModel(state, service, line);
    }

    /** The statutory areas and breakdowns already used, offered when a measure is defined. */
    public List<String> areas() {
        return lines.stream().map(l -> l.series().measure().statutoryArea()).filter(a -> !a.isEmpty()).distinct()
                .toList();
    }

    public List<String> breakdowns() {
        return lines.stream().map(l -> l.series().measure().breakdown()).filter(b -> !b.isEmpty()).distinct()
                .toList();
    }

    /** Asks for a values file, then checks it and imports it once the user confirms what it would change. */
    public void importValues() {
        dialogs.fileToOpen(Messages.get("dataset.import.choose"), List.of(
                FileType.of(Messages.get("files.spreadsheets"), "*.xlsx", "*.csv", "*.txt"),
                FileType.of(Messages.get("files.xlsx"), "*.xlsx"),
                FileType.of(Messages.get("files.csv"), "*.csv"))).ifPresent(this::importValues);
    }

    /** Checks the file, says what it would change, and saves it only when the user confirms. */
    void importValues(Path file) {
        String title = Messages.get("dataset.import.title");
        state.load(() -> service.importValues(file, false), check -> {
            // How the file was read (the sheet, rows left out as hidden) goes with the question.
            String notes = check.notes().stream().map(note -> "\n\n" + note).collect(Collectors.joining());
            if (check.added() + check.changed() == 0) {
                dialogs.done(title, Messages.get("dataset.import.nothing", file.getFileName(), check.unchanged())
                        + notes);
                return;
            }
            if (dialogs.confirm(title, Messages.get("dataset.import.confirm", file.getFileName(), check.added(),
                    check.changed(), check.unchanged()) + notes, Messages.get("dataset.import.save"))) {
                state.save(() -> service.importValues(file, true), saved -> {
                    reload();
                    dialogs.done(title, Messages.get("dataset.import.done", saved.added(), saved.changed()));
                }, failure -> failed(title, file, failure));
            }
        }, failure -> failed(title, file, failure));
    }

    private void failed(String title, Path file, Throwable failure) {
        if (failure instanceof InvalidDataException invalid) {
            dialogs.problems(title, file, invalid.problems());
        } else {
            dialogs.failed(failure);
        }
    }

    /** Asks where, then writes every value to a workbook or CSV file and says how many. */
    public void exportValues() {
        dialogs.fileToSave(Messages.get("dataset.export.choose"), "cswo-dataset.xlsx", List.of(
                FileType.of(Messages.get("files.xlsx"), "*.xlsx"), FileType.of(Messages.get("files.csv"), "*.csv")))
                .ifPresent(file -> state.load(() -> service.export(file), values -> dialogs.done(
                        Messages.get("dataset.export.title"), Messages.get("dataset.export.done", values,
                                file.toString())), dialogs::failed));
    }
}
