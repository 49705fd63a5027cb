package scot.cswo.assurance.ui.editing;

import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormDialog;
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
     * Choose a file, see every row and every problem in its preview (mapping unknown frequencies), then
     * confirm the framework's details; a file that is not a framework table is refused with its problems.
     */
    public void importFramework(Window owner) {
        model.importFramework(preview -> new ImportPreview(owner, preview).show(form -> confirm(owner, form)));
    }

    public void export() {
        model.export();
    }

    public void calendar() {
        model.calendar();
    }

    private void confirm(Window owner, ImportFormModel model) {
        ImportService.Preview preview = model.preview();
        MatrixDraft draft = preview.draft();
        FormDialog form = new FormDialog(owner, "import-dialog", Messages.get("import.title"),
                Messages.get("import.header", preview.source(), draft.functions().size(), draft.mechanisms().size(),
                        draft.rows().size()), Messages.get("import.save"));
        form.note(rows(draft));
        preview.notes().forEach(form::hint);
        if (!preview.newLeads().isEmpty()) {
            form.hint(Messages.get("import.newLeads", preview.newLeads().size(),
                    String.join("; ", preview.newLeads())));
        }
        FrameworkForms.detailFields(form, model);
        form.hint(preview.replaces() == null ? Messages.get("import.first")
                : Messages.get("import.replaces", preview.replaces().name()));
        form.show(model, imported -> dialogs.done(Messages.get("import.title"), Messages.get("import.done",
                imported.framework().name(), imported.rows().size())));
    }

    private static TableView<MatrixDraft.RowDraft> rows(MatrixDraft draft) {
        TableView<MatrixDraft.RowDraft> table = new TableView<>(FXCollections.observableArrayList(draft.rows()));
        table.setId("import-rows");
        table.setAccessibleText(Messages.get("import.rows"));
        table.setPrefSize(860, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.fact("import.ref", r -> r.ref().text()));
        table.getColumns().add(Columns.fact("import.function", r -> Integer.toString(r.functionNumber())));
        table.getColumns().add(Columns.text("import.mechanism", 380, r -> draft.mechanisms().get(r.mechanismIndex())
                .description()));
        table.getColumns().add(Columns.text("import.leads", 200, r -> draft.mechanisms().get(r.mechanismIndex()).leads()
                .stream().map(MatrixDraft.LeadDraft::name).collect(Collectors.joining(" / "))));
        table.getColumns().add(Columns.text("import.frequency", 140, r -> draft.mechanisms().get(r.mechanismIndex())
                .frequency().wording()));
        return table;
    }
}
