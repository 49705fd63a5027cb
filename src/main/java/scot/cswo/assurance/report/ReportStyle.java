package scot.cswo.assurance.report;

/** The report's typography: A4, Noto Sans, clear hierarchy, tables that break cleanly. */
final class ReportStyle {
    /** The style sheet, with the running header naming the report and the mark on every page, if any. */
    static String css(String runningHeader, String mark) {
        return CSS.replace("PAGE_MARK", mark.isBlank() ? "" : """
                @top-left { content: "%s"; font-family: 'Noto Sans'; font-size: 9pt; font-weight: bold;
                        color: #b3261e; }""".formatted(cssText(mark)))
                .replace("RUNNING_HEADER", cssText(runningHeader));
    }

    /** Only characters that are safe both in CSS strings and in an HTML style element. */
    private static String cssText(String text) {
        return text.replaceAll("[\\\\\"<>&]", "");
    }

    private static final String CSS = """
            @page {
                size: A4;
                margin: 20mm 17mm 22mm 17mm;
                PAGE_MARK
                @top-right { content: "RUNNING_HEADER"; font-family: 'Noto Sans'; font-size: 8pt; color: #555555; }
                @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'Noto Sans';
                    font-size: 8pt; color: #333333; }
            }
            @page :first {
                /* The mark, if any, stays: the cover is a page too. */
                @top-right { content: none; }
                @bottom-center { content: none; }
            }
            html { font-family: 'Noto Sans', sans-serif; font-size: 10pt; line-height: 1.42; color: #1a1a1a; }
            body { margin: 0; }
            section, nav, main, figure, figcaption, header, footer { display: block; }
            .cell-label { display: none; }
            h1 { font-size: 26pt; line-height: 1.15; color: #0b3d6e;
                margin: 0 0 10mm 0; }
            h2 { font-size: 17pt; color: #0b3d6e; margin: 0 0 5mm 0; padding-bottom: 2mm;
                border-bottom: 1pt solid #0b3d6e; }
            h3 { font-size: 12.5pt; color: #0b3d6e; margin: 6mm 0 2mm 0; page-break-after: avoid; }
            h4 { font-size: 10.5pt; margin: 6mm 0 2mm 0; page-break-after: avoid; }
            h5, h6 { font-size: 10pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
            p { margin: 0 0 3mm 0; }
            ul, ol { margin: 0 0 3mm 0; padding-left: 6mm; }
            li { margin-bottom: 1mm; }
            a { color: #0b3d6e; text-decoration: none; }
            .chapter { page-break-before: always; }
            .cover { padding-top: 45mm; }
            .cover .council { font-size: 16pt; font-weight: bold; color: #333333; margin-bottom: 8mm; }
            .cover .period { font-size: 12pt; }
            .cover-details { margin-top: 25mm; font-size: 10.5pt; }
            /* Each label above its value: the renderer leaves a floated label out of the tag tree, so a
               screen reader heard the values alone. */
            .cover-details dt { font-weight: bold; }
            .cover-details dd { margin: 0 0 2mm 0; }
            .contents { page-break-before: always; }
            .contents ul { list-style: none; padding-left: 0; }
            .contents li { margin-bottom: 2.5mm; font-size: 11pt; }
            .contents a::after { content: leader('.') target-counter(attr(href), page); }
            .not-written { font-style: italic; color: #555555; }
            .key-figures li { margin-bottom: 1.5mm; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0 5mm 0; font-size: 8.5pt;
                -fs-table-paginate: paginate; -fs-page-break-min-height: 18mm; }
            caption { caption-side: top; text-align: left; font-weight: bold; font-size: 9pt; padding-bottom: 1.5mm;
                color: #333333; }
            th, td { border: 0.5pt solid #9aa5b1; padding: 2pt 4pt; vertical-align: top; text-align: left; }
            thead th { background-color: #e6edf5; font-weight: bold; }
            tbody th { font-weight: bold; }
            tr { page-break-inside: avoid; }
            tr.total td, tr.total th { font-weight: bold; }
            table { table-layout: fixed; }
            .status { white-space: nowrap; }
            .keep-together { page-break-inside: avoid; }
            table.figures { width: 100%; }
            .status { font-weight: bold; padding: 0 2pt; }
            .status.overdue { color: #ffffff; background-color: #b3261e; }
            .status.due-soon { color: #1f1f1f; background-color: #f2b705; }
            .status.on-track { color: #ffffff; background-color: #1e7b34; }
            .status.complete { color: #ffffff; background-color: #1d5fb4; }
            .status.event-driven, .status.no-schedule, .status.as-available, .status.not-scheduled { color: #ffffff; background-color: #5f6368; }
            .rag { font-weight: bold; padding: 0 2pt; white-space: nowrap; }
            .rag.green { color: #ffffff; background-color: #1e7b34; }
            .rag.amber { color: #1f1f1f; background-color: #f2b705; }
            .rag.red { color: #ffffff; background-color: #b3261e; }
            .rag.not-rated { color: #ffffff; background-color: #5f6368; }
            .table-note { font-size: 8pt; color: #333333; margin-top: -3mm; }
            table.breakdown { width: 75%; }
            figure.trend img { width: 140mm; }
            figure { margin: 2mm 0 4mm 0; page-break-inside: avoid; }
            figure img { width: 170mm; }
            .case-study { border-left: 3pt solid #0b3d6e; background-color: #eef3f8; padding: 2mm 4mm;
                margin: 2mm 0 4mm 0; page-break-inside: avoid; }
            blockquote { margin: 2mm 0 4mm 6mm; font-style: italic; }
                        /* A narrative's picture at its own size, never wider than the page. */
            figure.picture img { width: auto; max-width: 170mm; }
            figcaption { font-size: 8.5pt; color: #333333; margin-top: 1.5mm; }
            @media screen {
                html { font-size: 12pt; }
                body { max-width: 52em; margin: 2em auto; padding: 0 1em; }
                table { font-size: 0.9rem; }
                caption { font-size: 1rem; }
                /* The cover's print spacing in mm would leave a screen half empty. */
                .cover { padding-top: 1em; }
                .cover-details { margin-top: 1.5em; font-size: 1rem; }
                .chapter, .contents { margin-top: 3em; }
                figure img, figure.trend img { width: 100%; max-width: 680px; height: auto; }
                figure.picture img { width: auto; max-width: 100%; }
                .contents a::after { content: none; }
                .skip-link { position: absolute; left: -10000px; top: 0; }
                .skip-link:focus { position: static; display: inline-block; margin-bottom: 1em; padding: 0.5em 1em;
                    background-color: #0b3d6e; color: #ffffff; }
                h1, h2, h3 { overflow-wrap: break-word; }
                td, th { overflow-wrap: break-word; }
                /* Widths in mm suit the printed page; a screen sizes columns by their content. */
                table { table-layout: auto; }
                col { width: auto !important; }
            }
            /* WCAG 1.4.10 reflow: on a narrow screen each row is a block of labelled values, so nothing
               overlaps and nothing scrolls sideways. */
            @media screen and (max-width: 48em) {
                h1 { font-size: 20pt; margin-bottom: 1em; }
                h2 { font-size: 15pt; }
                .cover-details dd { margin: 0 0 0.6em 0; }
                table, table.figures, table.breakdown { width: 100%; }
                table, caption, thead, tbody, tr, th, td { display: block; }
                colgroup { display: none; }
                thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
                    white-space: nowrap; }
                caption { padding-bottom: 0.5em; }
                tbody tr { border: 1px solid #9aa5b1; margin-bottom: 0.75em; padding: 0.25em 0.5em; }
                /* Each value beside its column's heading. */
                th, td { border: none; padding: 0.2em 0; display: grid; grid-template-columns: 7em minmax(0, 1fr);
                    column-gap: 0.75em; align-items: baseline; }
                .cell-label { display: block; font-size: 0.85em; font-weight: normal; color: #3d4752; }
                .status, .rag { justify-self: start; }
            }
            """;

    private ReportStyle() {
    }
}
