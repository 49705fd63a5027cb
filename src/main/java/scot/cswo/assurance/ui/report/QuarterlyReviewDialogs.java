package scot.cswo.assurance.ui.report;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Shown;
import scot.cswo.assurance.ui.report.QuarterlyReviewFormModel.QuarterField;

/** File &gt; Quarterly business review…: a form like the others for the quarter, then where to save the pack. */
public record QuarterlyReviewDialogs(AssuranceState state, ReportService report, DialogService dialogs) {

    public void write(Window owner) {
        QuarterlyReviewFormModel model = new QuarterlyReviewFormModel(state, report, dialogs);
        FormDialog form = new FormDialog(owner, "qbr-dialog", Messages.get("qbr.title"), null,
                Messages.get("qbr.write"));
        form.hint(Messages.get("qbr.header"));
        ComboBox<Quarter> quarter = form.field(QuarterField.QUARTER,
                Messages.get("qbr.which"), new ComboBox<>(FXCollections.observableList(model.quarters())));
        quarter.setId("qbr-quarter");
        quarter.setConverter(Shown.as(Dates::quarter, ""));
        quarter.valueProperty().bindBidirectional(model.quarterProperty());
        form.hint(Messages.get("qbr.hint"));
        form.show(model, model::written);
    }
}
