package scot.cswo.assurance.ui.editing;

import java.util.concurrent.Callable;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;

/**
 * A checked spreadsheet's preview, confirmed with the new framework's name, council, period and
 * tracking start (suggested from the file); saving brings the framework in.
 */
public final class ImportFormModel extends FrameworkDetailsFormModel<AssuranceMatrix> {
    private final ImportService imports;
    private final ImportService.Preview preview;

    public ImportFormModel(ImportService imports, AssuranceState state, DialogService dialogs,
                           ImportService.Preview preview) {
        super(state, dialogs, preview.suggested());
        this.imports = imports;
        this.preview = preview;
    }

    @Override
    protected Callable<AssuranceMatrix> change() {
        FrameworkDetails details = details(preview.suggested().yearStart(), preview.suggested().graceDays());
        return () -> imports.apply(preview, details);
    }

    public ImportService.Preview preview() {
        return preview;
    }
}
