package scot.cswo.assurance.ui.editing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.matrix.MatrixDraftBuilder;
import scot.cswo.assurance.domain.matrix.SourceRow;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.importing.ColumnAssignments;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;

/**
 * The import dialog's state: a framework file before it is brought in, with every row as it will be
 * imported and every problem at once, and the framework's details below them. A frequency phrase
 * the app does not know is mapped by the user to one it does, for every row with that phrase (as
 * {@code import … --frequency "PHRASE=FREQUENCY"}); a heading can be read as another column, or left
 * out (as {@code --column "HEADING=COLUMN"}); either way the file is checked again. It can be
 * imported only once nothing is wrong.
 */
public final class ImportPreviewModel {
    /** One row as it will be imported: the file's row number, function, mechanism, leads and frequency. */
    public record Line(int row, String function, String mechanism, String leads, String frequency) {
    }

    /** The frequencies a phrase can be mapped to: those offered when one is not recognised, that are one wording. */
    public static final List<String> FREQUENCIES = Frequencies.ACCEPTED.stream()
            .filter(f -> Frequencies.parse(f).isPresent()).toList();

    private final ImportService imports;
    private final AssuranceState state;
    private final DialogService dialogs;
    private final Path file;
    /** Each unknown phrase as the file first wrote it, and the frequency the user mapped it to. */
    private final Map<String, String> mappings = new LinkedHashMap<>();
    /** Each heading the user assigned, as the file wrote it, and the column chosen for it. */
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<ImportService.Check> check = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding importable;
    private final ImportFormModel form;

    public ImportPreviewModel(ImportService imports, AssuranceState state, DialogService dialogs, Path file,
                              ImportService.Check first) {
        this.imports = imports;
        this.state = state;
        this.dialogs = dialogs;
        this.file = file;
        check.set(first);
        importable = Bindings.createBooleanBinding(() -> check.get().preview() != null, check);
        form = new ImportFormModel(imports, state, dialogs, first.suggested(), () -> check.get().preview());
    }

    /** The latest check of the file, replaced each time a mapping or a column changes. */
    public ReadOnlyObjectProperty<ImportService.Check> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** True once the file has no problems left, so Import may save it with the details given. */
    public BooleanBinding importableProperty() {
        return importable;
    }

    /** The framework's name, council, period and tracking start, saved with the file's rows. */
    public ImportFormModel form() {
        return form;
    }

    public List<Problem> problems() {
        return check.get().problems();
    }

    /** Every row as it will be imported, a mapped phrase shown as the frequency it will be stored as. */
    public List<Line> lines() {
        return check.get().rows().stream().map(r -> new Line(r.rowNumber(), function(r),
                r.mechanism() == null ? "" : r.mechanism().strip(),
                String.join(" / ", MatrixDraftBuilder.leads(r.lead())), frequency(r.frequency()))).toList();
    }

    /** The file's headings, each with the column it is read as (null: left out). */
    public List<ColumnAssignments.Heading> headings() {
        return check.get().headings();
    }

    /** What a heading can be read as: each column the import reads, or {@link ColumnAssignments#IGNORE}. */
    public List<String> columnChoices() {
        return ColumnAssignments.CHOICES;
    }

    /** Reads the column headed {@code heading} as {@code column} (or leaves it out), then checks the file again. */
    public void assign(String heading, String column) {
        columns.put(heading, column);
        recheck();
    }

    /** Each distinct frequency phrase the app does not know, as the file first wrote it, in the file's order. */
    public List<String> unknownPhrases() {
        Map<String, String> byKey = new LinkedHashMap<>();
        check.get().rows().stream().map(SourceRow::frequency)
                .filter(f -> f != null && !f.isBlank() && Frequencies.parse(f).isEmpty())
                .forEach(f -> byKey.putIfAbsent(Frequencies.key(f), f.strip()));
        return List.copyOf(byKey.values());
    }

    /** The frequency {@code phrase} is mapped to, or null while it is not. */
    public String mappedTo(String phrase) {
        return mappings.get(phrase);
    }

    /** Reads every row with {@code phrase} as {@code frequency}, then checks the file again. */
    public void map(String phrase, String frequency) {
        mappings.put(phrase, frequency);
        recheck();
    }

    /** Hands on the details form once the file has no problems left; nothing while it has. */
    public void proceed(Consumer<ImportFormModel> confirm) {
        if (importable.get()) {
            confirm.accept(form);
        }
    }

    /**
     * Checks the file again with every choice made so far. A choice that leaves the file unreadable
     * as a framework (every heading left out) keeps the rows shown and lists why, so it can be undone.
     */
    private void recheck() {
        Map<String, String> frequencies = Map.copyOf(mappings);
        Map<String, String> assigned = Map.copyOf(columns);
        ImportService.Check before = check.get();
        state.load(() -> imports.check(file, frequencies, assigned), check::set, failure -> {
            if (failure instanceof InvalidDataException invalid) {
                check.set(new ImportService.Check(before.source(), before.rows(), invalid.problems(),
                        before.headings(), before.suggested(), null));
            } else {
                dialogs.failed(failure);
            }
        });
    }

    private String frequency(String written) {
        if (written == null) {
            return "";
        }
        String key = Frequencies.key(written);
        return mappings.entrySet().stream().filter(m -> Frequencies.key(m.getKey()).equals(key))
                .map(Map.Entry::getValue).findFirst().orElse(written.strip());
    }

    private static String function(SourceRow row) {
        String number = row.function() == null ? "" : row.function().strip();
        String title = row.functionTitle() == null ? "" : row.functionTitle().strip();
        return title.isEmpty() ? number : number.isEmpty() ? title : number + " " + title;
    }
}
