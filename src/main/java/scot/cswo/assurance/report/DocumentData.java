package scot.cswo.assurance.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.schedule.PeriodOutcome;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.exporting.Json;
import scot.cswo.assurance.service.report.AnnualReportData;

/**
 * The figures a document prints, as data (the {@code --data} file), made from the objects the
 * document itself is rendered from, so analysts and tests read exactly what the document says. The
 * keys are documented in the README.
 */
final class DocumentData {

    private DocumentData() {
    }

    /**
     * @param exceptions the missed periods the document lists
     * @param actions    the improvement actions the document lists
     * @param printed    every dataset figure as the document prints it
     * @param events     the event counts as the document prints them; null if it prints none
     */
    static String json(String document, AnnualReportData data, List<AnnualReportData.Exception> exceptions,
                       List<ActionLine> actions, List<DatasetSections.PublishedFigure> printed,
                       AnnualReportData.PublishedEvents events) {
        YearReview review = data.review();
        YearReview.Tally total = review.total();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("document", document);
        root.put("year", data.year().label());
        root.put("asOf", date(data.asOf()));
        root.put("yearClosed", data.yearClosed());
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("assured", total.assured());
        key.put("notApplicable", total.notApplicable());
        key.put("missed", total.missed());
        key.put("due", total.due());
        key.put("notYetDue", total.notYetDue());
        key.put("overdue", data.figures().overdue());
        root.put("keyFigures", key);
        List<Map<String, Object>> functions = new ArrayList<>();
        review.byFunction().forEach((function, tally) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("function", function.number());
            row.put("assured", tally.assured());
            row.put("notApplicable", tally.notApplicable());
            row.put("missed", tally.missed());
            row.put("due", tally.due());
            functions.add(row);
        });
        root.put("functions", functions);
        List<Map<String, Object>> mechanisms = new ArrayList<>();
        for (MatrixRow row : data.matrix().rows()) {
            Map<String, Object> mechanism = new LinkedHashMap<>();
            mechanism.put("ref", row.ref().text());
            mechanism.put("statusAtAsOf", data.position().status(row).status().name());
            List<Map<String, Object>> periods = new ArrayList<>();
            for (PeriodOutcome outcome : review.outcomes(row)) {
                Map<String, Object> period = new LinkedHashMap<>();
                period.put("start", date(outcome.period().start()));
                period.put("end", date(outcome.period().end()));
                period.put("outcome", outcome.outcome().name());
                periods.add(period);
            }
            mechanism.put("periods", periods);
            mechanisms.add(mechanism);
        }
        root.put("mechanisms", mechanisms);
        List<Map<String, Object>> missed = new ArrayList<>();
        for (AnnualReportData.Exception exception : exceptions) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("ref", exception.rows().getFirst().ref().text());
            item.put("refs", exception.rows().stream().map(MatrixRow::ref).map(Ref::text).toList());
            item.put("periodStart", exception.period() == null ? null : date(exception.period().start()));
            item.put("periodEnd", exception.period() == null ? null : date(exception.period().end()));
            item.put("overdueAtAsOf", exception.overdueAtYearEnd());
            item.put("reason", exception.note() == null ? null : exception.note().reason());
            item.put("action", exception.note() == null || exception.note().action().isBlank() ? null
                    : exception.note().action());
            missed.add(item);
        }
        root.put("exceptions", missed);
        List<Map<String, Object>> tracked = new ArrayList<>();
        for (ActionLine line : actions) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("id", line.tracked().id());
            action.put("status", line.status().name());
            tracked.add(action);
        }
        root.put("actions", tracked);
        List<Map<String, Object>> published = new ArrayList<>();
        for (DatasetSections.PublishedFigure figure : printed) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("measure", figure.measure());
            item.put("period", figure.period());
            item.put("text", figure.text());
            published.add(item);
        }
        root.put("published", published);
        root.put("events", events == null ? null : events(data, events));
        return Json.object(root);
    }

    private static Map<String, Object> events(AnnualReportData data, AnnualReportData.PublishedEvents events) {
        List<Map<String, Object>> mechanisms = new ArrayList<>();
        for (Mechanism mechanism : data.matrix().mechanisms()) {
            String text = events.byMechanism().get(mechanism.id());
            if (text != null) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("refs", data.matrix().rowsOfMechanism(mechanism).stream().map(MatrixRow::ref).map(Ref::text)
                        .toList());
                item.put("text", text);
                mechanisms.add(item);
            }
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("mechanisms", mechanisms);
        shown.put("total", events.total());
        return shown;
    }

    private static String date(LocalDate date) {
        return date.toString();
    }
}
