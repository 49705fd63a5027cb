package scot.cswo.assurance.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Document;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.report.AnnualReportData;

/**
 * The annual report's internal annex: the working papers that are not published, because their
 * notes are written as working records and may name people. The evidence log, and the missed
 * periods still without a reason or an action.
 */
final class InternalAnnexContent {
    /** On every page of the annex. */
    static final String INTERNAL = "Internal — not for publication";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final AnnualReportData data;

    InternalAnnexContent(AnnualReportData data) {
        this.data = data;
    }

    /** "Internal annex to the Chief Social Work Officer Annual Report 2024-25". */
    static String title(AnnualReportData data) {
        return "Internal annex to the " + AnnualReportContent.title(data);
    }

    Document document() {
        Chapters chapters = new Chapters();
        chapters.numbered("evidence", "Evidence log", evidenceLog());
        chapters.numbered("unexplained", "Missed periods without a reason or action", unexplained());
        Framework framework = data.matrix().framework();
        String council = framework.council();
        Document.Cover cover = new Document.Cover(council, title(data), List.of("Period covered: "
                + LONG_DATE.format(data.period().start()) + " to " + LONG_DATE.format(data.period().end()),
                "Position as at " + LONG_DATE.format(data.asOf())), List.of(
                new Document.Detail("Not for publication", "The working records behind the annual report. Their"
                        + " notes may name people."), new Document.Detail("Framework", framework.name())));
        return new Document(title(data) + (council.isBlank() ? "" : " — " + council),
                council.isBlank() ? "CSWO Assurance" : council, "Internal working records behind the Chief Social"
                        + " Work Officer's annual report, " + data.year().label(), framework.name(),
                (council.isBlank() ? "" : council + ": ") + "CSWO Annual Report " + data.year().label()
                        + ", internal annex", INTERNAL, cover, chapters.all());
    }

    private List<Block> evidenceLog() {
        if (data.evidenceLog().isEmpty()) {
            return new Content().paragraph("No evidence was recorded for " + data.year().label() + ".").blocks();
        }
        Content.TableBuilder table = new Content.TableBuilder("evidence", "Evidence log, " + data.year().label())
                .column("Date", "19mm").column("Ref", "18mm").column("What", null).column("Reference", "30mm")
                .column("Conclusion", "30mm");
        for (EvidenceEntry entry : data.evidenceLog()) {
            var e = entry.evidence();
            String what = switch (e.kind()) {
                case NOT_APPLICABLE -> "Not applicable: " + e.note();
                case NOTHING_TO_REPORT, EVIDENCE -> e.note();
            };
            table.texts(ReportDates.day(e.date()),
                    entry.refs().stream().map(Object::toString).collect(Collectors.joining(", ")), what,
                    e.reference() == null ? "" : e.reference(), e.conclusion() == null ? "" : e.conclusion().label());
        }
        return new Content().paragraph(data.evidenceLog().size() + " records dated in " + data.year().label()
                + ", oldest first.").add(table.build()).blocks();
    }

    private List<Block> unexplained() {
        List<AnnualReportData.Exception> missed = data.exceptions().stream().filter(e -> !e.explained()).toList();
        if (missed.isEmpty()) {
            return new Content().paragraph("Every period missed in " + data.year().label() + " has a reason and an"
                    + " action recorded.").blocks();
        }
        return new Content().paragraph("Periods missed in " + data.year().label() + " with no reason or no action"
                + " recorded yet. The published report counts them but does not list them; each needs a reason and"
                + " an action before the report is final.").add(AnnualReportContent.exceptionsTable(
                "Missed periods without a reason or action, " + data.year().label(), missed,
                AnnualReportContent.shortPositionDate(data))).blocks();
    }
}
