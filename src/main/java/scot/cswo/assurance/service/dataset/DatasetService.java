package scot.cswo.assurance.service.dataset;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.DatasetRepository;
import scot.cswo.assurance.domain.dataset.DatasetRepository.ValueChange;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.SmallNumbers;
import scot.cswo.assurance.domain.dataset.Target;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.Problems;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.dataset.DatasetFiles.ValueRow;
import scot.cswo.assurance.service.files.SafeFiles;
import scot.cswo.assurance.service.files.ShippedFiles;

/**
 * The CSWO dataset: measures, the values entered each quarter or year, targets, and moving values
 * in and out of spreadsheets. Every save is all or nothing; nothing is half-entered.
 */
public final class DatasetService {
    static final String STARTER_FILE = "templates/cswo-dataset-starter.csv";
    private static final String CHANGE = "change the dataset";

    private final DatasetRepository dataset;
    private final Access access;
    private final Clock clock;

    public DatasetService(DatasetRepository dataset, Access access, Clock clock) {
        this.dataset = dataset;
        this.access = access;
        this.clock = clock;
    }

    /** Every measure with its values and targets, in the order they were added. */
    public List<MeasureSeries> dataset() {
        return dataset.dataset();
    }

    /** The quarter that has most recently ended: the one figures are being collected for. */
    public Quarter lastEndedQuarter() {
        return Quarter.containing(LocalDate.now(clock)).previous();
    }

    /** The shipped starter measures, drawn from the statutory functions and the seeds. */
    public static List<Measure> starterMeasures() {
        return DatasetFiles.readMeasures(STARTER_FILE, ShippedFiles.bytes(STARTER_FILE)).rows().stream()
                .map(DatasetFiles.MeasureRow::measure).toList();
    }

    /**
     * Adds the starter measures to a dataset that has none, for an account that may change it
     * (a new database's first account does); otherwise changes nothing.
     *
     * @return whether they were added
     */
    public boolean addStarterIfEmpty() {
        if (!dataset.isEmpty() || !access.role().atLeast(Role.EDITOR)) {
            return false;
        }
        dataset.addMeasures(starterMeasures(), access.identity().account(), clock.instant());
        return true;
    }

    /** Adds the starter measures not already in the dataset (by name); returns how many. */
    public int addStarter() {
        access.require(Role.EDITOR, CHANGE);
        Set<String> names = new HashSet<>();
        dataset.dataset().forEach(s -> names.add(key(s.measure().name())));
        List<Measure> missing = starterMeasures().stream().filter(m -> !names.contains(key(m.name()))).toList();
        if (missing.isEmpty()) {
            throw new RefusedException("Every starter measure is already in the dataset.");
        }
        dataset.addMeasures(missing, access.identity().account(), clock.instant());
        return missing.size();
    }

    /**
     * Adds the measures defined in a .xlsx or .csv file (the starter set's layout: Measure, Unit,
     * Collection and Polarity required; Statutory area, Definition, Data owner, Aggregation, Counts
     * people and Breakdown optional), all or none: every problem, including a name already in the
     * dataset or given twice, is named by file, row and column.
     *
     * @return how many were added
     */
    public MeasuresAdded addMeasures(Path file) {
        access.require(Role.EDITOR, CHANGE);
        String source = SafeFiles.name(file);
        DatasetFiles.MeasuresFile read = DatasetFiles.readMeasures(source, SafeFiles.readUserFile(file,
                MAX_FILE_BYTES, "a dataset file"));
        List<DatasetFiles.MeasureRow> rows = read.rows();
        Set<String> taken = new HashSet<>();
        dataset.dataset().forEach(s -> taken.add(key(s.measure().name())));
        List<Problem> problems = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (DatasetFiles.MeasureRow row : rows) {
            String name = row.measure().name();
            if (taken.contains(key(name)) || !inFile.add(key(name))) {
                problems.add(new Problem(source, row.row(), DatasetFiles.MEASURE, name,
                        taken.contains(key(name)) ? "the dataset already has a measure with this name."
                                : "this measure is defined twice in the file."));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(source, 0, null, null, "the file has a header row but no measures under it."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        dataset.addMeasures(rows.stream().map(DatasetFiles.MeasureRow::measure).toList(), access.identity().account(),
                clock.instant());
        return new MeasuresAdded(rows.size(), read.notes());
    }

    /** How many measures a file added, and what the reader noticed (the sheet read, hidden rows left out). */
    public record MeasuresAdded(int added, List<String> notes) {
    }

    public MeasureSeries addMeasure(Measure measure) {
        access.require(Role.EDITOR, CHANGE);
        return dataset.addMeasures(List.of(measure), access.identity().account(), clock.instant()).stream()
                .filter(s -> s.measure().name().equals(measure.name())).findFirst().orElseThrow();
    }

    /**
     * Changes a measure's definition, read at {@code version}. Its values must still fit: a
     * measure with values cannot switch between quarterly and annual, and its values must be valid
     * under the new definition (whole numbers if it now counts people, at most 100 if a percentage).
     */
    public MeasureSeries updateMeasure(long id, int version, Measure changed) {
        access.require(Role.EDITOR, CHANGE);
        MeasureSeries current = dataset.dataset().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new RefusedException("That measure no longer exists."));
        List<Problem> problems = new ArrayList<>();
        if (!current.values().isEmpty() && current.measure().collection() != changed.collection()) {
            problems.add(new Problem(null, 0, DatasetFiles.COLLECTION, changed.collection().label(), "This measure"
                    + " already has values by " + (current.measure().collection() == CollectionFrequency.ANNUAL
                    ? "year" : "quarter") + ", so how often it is collected cannot change; add a new measure"
                    + " instead."));
        }
        current.values().forEach((period, value) -> {
            try {
                changed.valueFrom(value.toPlainString());
            } catch (InvalidDataException invalid) {
                problems.add(new Problem(null, 0, DatasetFiles.UNIT, changed.unit(), "The value for "
                        + period.label() + " (" + value.toPlainString() + ") would no longer be valid: "
                        + lowerFirst(invalid.problems().getFirst().message())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return dataset.updateMeasure(id, version, changed, access.identity().account(), clock.instant());
    }

    /**
     * Saves the values typed for a quarter, keyed by measure id (an annual measure's value is its
     * financial year's); blank clears a value. Problems name the measure, so a form can show each
     * beside its field; if any is wrong, nothing is saved.
     *
     * @param asRead the values as they were when the form opened, to refuse overwriting a change
     *               someone else made since
     * @return how many values changed
     */
    public int enter(Quarter quarter, Map<Long, String> typed, Map<Long, BigDecimal> asRead) {
        access.require(Role.EDITOR, CHANGE);
        Map<Long, MeasureSeries> byId = new HashMap<>();
        dataset.dataset().forEach(s -> byId.put(s.id(), s));
        List<Problem> problems = new ArrayList<>();
        List<ValueChange> changes = new ArrayList<>();
        typed.forEach((id, text) -> {
            MeasureSeries series = byId.get(id);
            if (series == null) {
                throw new RefusedException("A measure on this form no longer exists; close it and open it again.");
            }
            try {
                BigDecimal value = series.measure().valueFrom(text);
                BigDecimal before = asRead.get(id);
                if (!MeasureSeries.sameValue(before, value)) {
                    changes.add(new ValueChange(id, series.periodIn(quarter), before, value));
                }
            } catch (InvalidDataException invalid) {
                invalid.problems().forEach(p -> problems.add(Problem.of(ValueField.of(series), text, p.message())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        if (!changes.isEmpty()) {
            dataset.saveValues(changes, access.identity().account(), clock.instant());
        }
        return changes.size();
    }

    /** Sets a measure's target and tolerance for a financial year; a blank target removes it. */
    public void setTarget(long measureId, int financialYear, String target, String tolerance) {
        access.require(Role.EDITOR, CHANGE);
        MeasureSeries series = dataset.dataset().stream().filter(s -> s.id() == measureId).findFirst()
                .orElseThrow(() -> new RefusedException("That measure no longer exists."));
        Problems problems = new Problems();
        BigDecimal value = parsed(series.measure(), TargetField.TARGET, target, problems);
        BigDecimal within = parsed(series.measure(), TargetField.TOLERANCE, tolerance, problems);
        if (value == null && within != null && problems.isEmpty()) {
            problems.add(TargetField.TARGET, target, "A tolerance needs a target to be measured from.");
        }
        problems.refuseIfAny();
        dataset.saveTarget(measureId, financialYear, value == null ? null : new Target(value, within),
                access.identity().account(), clock.instant());
    }

    /** Published output's suppression of small counts, with the threshold set for this database. */
    public SmallNumbers smallNumbers() {
        return new SmallNumbers(dataset.threshold());
    }

    public void setThreshold(int threshold) {
        access.require(Role.ADMINISTRATOR, "change the small-number threshold");
        new SmallNumbers(threshold);
        dataset.saveThreshold(threshold, access.identity().account(), clock.instant());
    }

    /**
     * What an import found and (unless it was a trial run) saved.
     *
     * @param notes what the reader noticed: which sheet was read, which rows were left out as hidden
     */
    public record ImportResult(int added, int changed, int unchanged, boolean saved, List<String> notes) {
    }

    /** The largest values file read: a dataset's values over many years are well under a megabyte. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** {@link #importValues(String, byte[], boolean)} from a file the user chose. */
    public ImportResult importValues(Path file, boolean save) {
        return importValues(SafeFiles.name(file), SafeFiles.readUserFile(file, MAX_FILE_BYTES,
                "a dataset file"), save);
    }

    /**
     * Reads values from a .xlsx or .csv file and saves them all, or none if anything in the file
     * is wrong: every problem is named by file, row and column. Rows without a value are skipped,
     * so an import never clears a value.
     *
     * @param save false for a trial run that reports what would change
     */
    public ImportResult importValues(String source, byte[] bytes, boolean save) {
        if (save) {
            access.require(Role.EDITOR, CHANGE);
        }
        DatasetFiles.ValuesFile file = DatasetFiles.readValues(source, bytes);
        List<ValueRow> rows = file.rows();
        Map<String, MeasureSeries> byName = new HashMap<>();
        dataset.dataset().forEach(s -> byName.put(key(s.measure().name()), s));
        // Cells refused as the file was read (a formula, a control character) are listed with every other problem.
        List<Problem> problems = new ArrayList<>(file.refusedCells());
        Set<Integer> refusedRows = new HashSet<>();
        file.refusedCells().forEach(p -> refusedRows.add(p.row()));
        Map<String, Integer> seen = new HashMap<>();
        List<ValueChange> changes = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        for (ValueRow row : rows) {
            if (refusedRows.contains(row.row())) {
                // Judged once its refused cell is put right: checking what that cell means would say it twice.
                continue;
            }
            int before = problems.size();
            MeasureSeries series = byName.get(key(row.measure()));
            if (series == null) {
                problems.add(new Problem(source, row.row(), DatasetFiles.MEASURE, row.measure(), row.measure().isBlank()
                        ? "each row needs the measure's name." : "there is no measure with this name in the dataset;"
                        + " add it on the Dataset screen first, or check the spelling."));
                continue;
            }
            Measure measure = series.measure();
            if (!row.unit().isBlank() && !row.unit().equalsIgnoreCase(measure.unit())) {
                problems.add(new Problem(source, row.row(), DatasetFiles.UNIT, row.unit(), "this measure is counted in "
                        + measure.unit() + ", not " + row.unit() + "; check the figure is the right one."));
            }
            DataPeriod period = null;
            try {
                period = DataPeriod.parse(row.period());
                requireCollectedFor(measure, period);
            } catch (InvalidDataException invalid) {
                problems.add(new Problem(source, row.row(), DatasetFiles.PERIOD, row.period(),
                        lowerFirst(invalid.getMessage())));
            }
            BigDecimal value = null;
            try {
                value = measure.valueFrom(DatasetFiles.number(row.value(), file.decimalComma()));
            } catch (InvalidDataException invalid) {
                // Where a comma or full stop may be the cause, the rule for reading them is given too.
                boolean punctuated = row.value().contains(",") || row.value().contains(".");
                problems.add(new Problem(source, row.row(), DatasetFiles.VALUE, row.value(),
                        lowerFirst(invalid.problems().getFirst().message())
                                + (punctuated ? " " + DatasetFiles.numberRule(file.decimalComma()) : "")));
            }
            if (problems.size() > before || value == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(key(measure.name()) + "|" + period.label(), row.row());
            if (earlier != null) {
                problems.add(new Problem(source, row.row(), DatasetFiles.PERIOD, row.period(), "row " + earlier
                        + " already gives this measure's value for " + period.label() + "."));
                continue;
            }
            BigDecimal current = series.value(period);
            if (MeasureSeries.sameValue(current, value)) {
                unchanged++;
            } else {
                added += current == null ? 1 : 0;
                changes.add(new ValueChange(series.id(), period, current, value));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(source, 0, null, null, "the file has a header row but no values under it."));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::row));
            throw new InvalidDataException(problems);
        }
        if (save && !changes.isEmpty()) {
            dataset.saveValues(changes, access.identity().account(), clock.instant());
        }
        return new ImportResult(added, changes.size() - added, unchanged, save, file.notes());
    }

    /** Writes every value entered to a .xlsx or .csv file (by its extension), whole or not at all. */
    public int export(Path file) {
        String what = "The dataset export";
        SafeFiles.requireOutput(file, what, ".xlsx", ".csv");
        List<MeasureSeries> all = dataset.dataset();
        boolean excel = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        SafeFiles.writeOutput(file, what, excel ? DatasetFiles.valuesXlsx(all) : DatasetFiles.valuesCsv(all),
                ".xlsx", ".csv");
        return all.stream().mapToInt(s -> s.values().size()).sum();
    }

    private static void requireCollectedFor(Measure measure, DataPeriod period) {
        boolean annual = measure.collection() == CollectionFrequency.ANNUAL;
        if (annual != period.wholeYear()) {
            throw new InvalidDataException(annual
                    ? "This measure is collected once a year, so its period is a financial year like "
                    + period.yearLabel() + ", not " + period.label() + "."
                    : "This measure is collected each quarter, so its period is a quarter like " + period
                    .financialYear() + "-Q1, not " + period.label() + ".");
        }
    }

    private static BigDecimal parsed(Measure measure, TargetField field, String text, Problems problems) {
        try {
            return measure.valueFrom(text);
        } catch (InvalidDataException invalid) {
            problems.add(field, text, invalid.problems().getFirst().message());
            return null;
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
