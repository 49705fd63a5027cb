package scot.cswo.assurance.report;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.regex.Pattern;
import scot.cswo.assurance.report.model.Document;
import scot.cswo.assurance.report.templates.JtedocumentGenerated;

/**
 * A document as XHTML, through the templates in {@code src/main/jte}: compiled to Java at build
 * time (ADR 20), escaping every text they are given, so a narrative or a mechanism's name is
 * always shown as typed and never read as markup.
 */
final class ReportHtml {

    private ReportHtml() {
    }

    /** The whole document, with the PDF's bookmarks or without them for the web. */
    static String render(Document document, boolean forPdf) {
        StringOutput out = new StringOutput(64 * 1024);
        String css = ReportStyle.css(document.runningHeader(), document.mark());
        TemplateOutput xml = new XmlCharacters(out);
        JtedocumentGenerated.render(new OwaspHtmlTemplateOutput(forPdf ? xml : new WholeDates(xml)), null, document,
                forPdf, output -> output.writeContent(css));
        return out.toString();
    }

    /**
     * On a screen, "31 March 2025" is never split across lines: the spaces inside a date become
     * no-break spaces, so a narrow window wraps around the date instead of through it (issue 17).
     */
    private record WholeDates(TemplateOutput out) implements TemplateOutput {
        private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*";
        private static final Pattern DATE = Pattern.compile(
                "\\b(?:\\d{1,2} " + MONTH + "(?: \\d{4})?|" + MONTH + " \\d{4})\\b");

        @Override
        public void writeContent(String text) {
            out.writeContent(whole(text));
        }

        @Override
        public void writeContent(String text, int beginIndex, int endIndex) {
            out.writeContent(whole(text.substring(beginIndex, endIndex)));
        }

        private static String whole(String text) {
            return DATE.matcher(text).replaceAll(date -> date.group().replace(' ', '\u00a0'));
        }
    }

    /** Control characters are not allowed in XML: they are dropped rather than fail the PDF. */
    private record XmlCharacters(TemplateOutput out) implements TemplateOutput {
        @Override
        public void writeContent(String text) {
            out.writeContent(allowed(text));
        }

        @Override
        public void writeContent(String text, int beginIndex, int endIndex) {
            out.writeContent(allowed(text.substring(beginIndex, endIndex)));
        }

        private static String allowed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
                }
            }
            return text;
        }
    }
}
