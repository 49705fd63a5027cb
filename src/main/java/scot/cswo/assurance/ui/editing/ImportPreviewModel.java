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
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;

/**
 * A framework file before it is brought in: every row as it will be imported and every problem at
 * once. A frequency phrase the app does not know is mapped by the user to one it does, for every
 * row with that phrase (as {@code import … --frequency "PHRASE=FREQUENCY"}), and the file is checked
 * again; it can be imported only once nothing is wrong.
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
    private final ReadOnlyObjectWrapper<ImportService.Check> check = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding importable;

    public ImportPreviewModel(ImportService imports, AssuranceState state, DialogService dialogs, Path file,
                              ImportService.Check first) {
        this.imports = imports;
        this.state = state;
        this.dialogs = dialogs;
        this.file = file;
        check.set(first);
        importable = Bindings.createBooleanBinding(() -> check.get().preview() != null, check);
    }

    /** The latest check of the file, replaced each time a mapping changes. */
    public ReadOnlyObjectProperty<ImportService.Check> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** True once the file has no problems left, so Import may go on to the framework's details. */
    public BooleanBinding importableProperty() {
        return importable;
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
        state.load(() -> imports.check(file, Map.copyOf(mappings)), check::set, dialogs::failed);
    }

    /** Goes on to the framework's name and tracking start, importing what this preview shows. */
    public void proceed(Consumer<ImportFormModel> confirm) {
        if (importable.get()) {
            confirm.accept(new ImportFormModel(imports, state, dialogs, check.get().preview()));
        }
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
