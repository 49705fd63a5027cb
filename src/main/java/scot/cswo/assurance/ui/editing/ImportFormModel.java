package scot.cswo.assurance.ui.editing;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.Messages;

/**
 * The imported framework's name, council, period and tracking start (suggested from the file), in
 * the same dialog as the file's preview; saving brings in what the preview shows at that moment.
 */
public final class ImportFormModel extends FrameworkDetailsFormModel<AssuranceMatrix> {
    private final ImportService imports;
    private final FrameworkDetails suggested;
    private final Supplier<ImportService.Preview> preview;

    /** @param preview what the file would create as last checked; null while it has problems */
    public ImportFormModel(ImportService imports, AssuranceState state, DialogService dialogs,
                           FrameworkDetails suggested, Supplier<ImportService.Preview> preview) {
        super(state, dialogs, suggested);
        this.imports = imports;
        this.suggested = suggested;
        this.preview = preview;
    }

    @Override
    protected Callable<AssuranceMatrix> change() {
        ImportService.Preview checked = preview();
        if (checked == null) {
            throw new RefusedException(Messages.get("import.notYet"));
        }
        FrameworkDetails details = details(suggested.yearStart(), suggested.graceDays());
        return () -> imports.apply(checked, details);
    }

    /** What the file would create as last checked; null while it has problems. */
    public ImportService.Preview preview() {
        return preview.get();
    }
}
