package scot.cswo.assurance.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.report.QuarterlyReview;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.DialogService.FileType;
import scot.cswo.assurance.ui.FormModel;
import scot.cswo.assurance.ui.Messages;

/**
 * File &gt; Quarterly business review…: the quarter the pack reports on, the one ended last unless
 * the user picks another. Saving asks where to put the pack, then writes it and its HTML page; it
 * gives back what was written, or nothing when the user cancelled the save dialog.
 */
public final class QuarterlyReviewFormModel
        extends FormModel<QuarterlyReviewFormModel.QuarterField, Optional<QuarterlyReviewFormModel.Written>> {
    /** The quarters offered: the current one and the seven before it. */
    private static final int QUARTERS_OFFERED = 8;

    /** The form's one input. */
    public enum QuarterField implements Field {
        QUARTER
    }

    /** The pack as written: where, and how many pages. */
    public record Written(Path pdf, int pages) {
    }

    private final ReportService report;
    private final List<Quarter> quarters = new ArrayList<>();
    private final ObjectProperty<Quarter> quarter = new SimpleObjectProperty<>();

    public QuarterlyReviewFormModel(AssuranceState state, ReportService report, DialogService dialogs) {
        super(state, dialogs, QuarterField.class);
        this.report = report;
        Quarter q = Quarter.containing(state.today());
        for (int i = 0; i < QUARTERS_OFFERED; i++, q = q.previous()) {
            quarters.add(q);
        }
        quarter.set(quarters.get(1));
    }

    /** The quarters offered, newest first. */
    public List<Quarter> quarters() {
        return List.copyOf(quarters);
    }

    public ObjectProperty<Quarter> quarterProperty() {
        return quarter;
    }

    @Override
    protected Callable<Optional<Written>> change() {
        Quarter chosen = quarter.get();
        Optional<Path> file = dialogs().fileToSave(Messages.get("qbr.save"), "Quarterly Business Review "
                + chosen.label() + ".pdf", List.of(FileType.of(Messages.get("report.savePdf.filter"), "*.pdf")));
        if (file.isEmpty()) {
            return Optional::empty;
        }
        Path pdf = file.get();
        return () -> {
            QuarterlyReview review = new QuarterlyReview(report.quarterly(chosen));
            review.save(pdf, ReportViewModel.htmlBeside(pdf));
            return Optional.of(new Written(pdf, review.pages()));
        };
    }

    /** Says where the pack was written, once it has been. */
    public void written(Optional<Written> pack) {
        pack.ifPresent(p -> dialogs().done(Messages.get("qbr.title"), Messages.get("qbr.done", p.pdf(), p.pages())));
    }
}
