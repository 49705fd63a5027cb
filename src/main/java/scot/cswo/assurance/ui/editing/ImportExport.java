package scot.cswo.assurance.ui.editing;

import javafx.stage.Window;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.Messages;

/** The File menu's import (checked and previewed first), export, and calendars for Outlook. */
public final class ImportExport {
    private final ImportExportModel model;
    private final DialogService dialogs;

    public ImportExport(ImportExportModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /**
     * Choose a file, then in one dialog see every row and every problem (choosing which column each
     * heading is and mapping unknown frequencies) and give the framework's details; a file that is not
     * a framework table is refused with its problems.
     */
    public void importFramework(Window owner) {
        model.importFramework(preview -> new ImportPreview(owner, preview).show(imported -> dialogs.done(
                Messages.get("import.title"), Messages.get("import.done", imported.framework().name(),
                        imported.rows().size()))));
    }

    public void export() {
        model.export();
    }

    public void calendar() {
        model.calendar();
    }
}
