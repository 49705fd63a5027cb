package scot.cswo.assurance.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.report.QuarterlyReview;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.DialogService.FileType;
import scot.cswo.assurance.ui.Messages;

/** File > Quarterly business review…: choose a quarter and where to save, then write the pack. */
public final class QuarterlyReviewDialogs {
    /** The quarters offered: the current one and the seven before it. */
    private static final int QUARTERS_OFFERED = 8;

    private final AssuranceState state;
    private final ReportService report;
    private final DialogService dialogs;

    /** A quarter as the choice names it. */
    record Choice(Quarter quarter) {
        @Override
        public String toString() {
            return Dates.quarter(quarter);
        }
    }

    public QuarterlyReviewDialogs(AssuranceState state, ReportService report, DialogService dialogs) {
        this.state = state;
        this.report = report;
        this.dialogs = dialogs;
    }

    /** The quarters offered, newest first; the one ended last is offered first. */
    List<Choice> quarters() {
        List<Choice> quarters = new ArrayList<>();
        Quarter q = Quarter.containing(state.today());
        for (int i = 0; i < QUARTERS_OFFERED; i++, q = q.previous()) {
            quarters.add(new Choice(q));
        }
        return quarters;
    }

    public void write() {
        List<Choice> quarters = quarters();
        Optional<Quarter> chosen = dialogs.choose(Messages.get("qbr.title"), Messages.get("qbr.header"),
                Messages.get("qbr.which"), quarters.get(1), quarters).map(Choice::quarter);
        if (chosen.isEmpty()) {
            return;
        }
        Quarter quarter = chosen.get();
        Optional<Path> file = dialogs.fileToSave(Messages.get("qbr.save"), "Quarterly Business Review "
                + quarter.label() + ".pdf", List.of(FileType.of(Messages.get("report.savePdf.filter"), "*.pdf")));
        if (file.isEmpty()) {
            return;
        }
        Path pdf = file.get();
        Path html = ReportViewModel.htmlBeside(pdf);
        state.load(() -> {
            QuarterlyReview review = new QuarterlyReview(report.quarterly(quarter));
            review.save(pdf, html);
            return review.pages();
        }, pages -> dialogs.done(Messages.get("qbr.title"), Messages.get("qbr.done", pdf, pages)), dialogs::failed);
    }
}
