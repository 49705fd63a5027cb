package scot.cswo.assurance.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.report.QuarterlyReview;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.Messages;

/** File > Quarterly business review…: choose a quarter and where to save, then write the pack. */
public final class QuarterlyReviewActions {
    /** The quarters offered: the current one and the seven before it. */
    private static final int QUARTERS_OFFERED = 8;

    private final AssuranceState state;

    public QuarterlyReviewActions(AssuranceState state) {
        this.state = state;
    }

    public void write(Window owner) {
        List<String> choices = new ArrayList<>();
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = Quarter.containing(state.today());
        for (int i = 0; i < QUARTERS_OFFERED; i++, q = q.previous()) {
            quarters.add(q);
            choices.add(Dates.quarter(q));
        }
        ChoiceDialog<String> which = new ChoiceDialog<>(choices.get(1), choices);
        which.initOwner(owner);
        which.setTitle(Messages.get("qbr.title"));
        which.setHeaderText(Messages.get("qbr.header"));
        which.setContentText(Messages.get("qbr.which"));
        which.getDialogPane().setId("qbr-dialog");
        Optional<String> chosen = which.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        Quarter quarter = quarters.get(choices.indexOf(chosen.get()));
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("qbr.save"));
        chooser.setInitialFileName("Quarterly Business Review " + quarter.label() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("report.savePdf.filter"),
                "*.pdf"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path pdf = file.toPath();
        Path html = pdf.resolveSibling(pdf.getFileName().toString().replaceAll("(?i)\\.pdf$", "") + ".html");
        state.load(() -> {
            QuarterlyReview review = new QuarterlyReview(state.workspace().report().quarterly(quarter));
            review.save(pdf, html);
            return review.pages();
        }, pages -> Alerts.done(owner, Messages.get("qbr.title"), Messages.get("qbr.done", pdf, pages)),
                failure -> Alerts.failed(owner, failure));
    }
}
