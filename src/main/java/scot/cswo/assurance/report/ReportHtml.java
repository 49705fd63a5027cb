package scot.cswo.assurance.report;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
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
        JtedocumentGenerated.render(new OwaspHtmlTemplateOutput(new XmlCharacters(out)), null, document, forPdf,
                output -> output.writeContent(css));
        return out.toString();
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
