package scot.cswo.assurance.report;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import scot.cswo.assurance.report.model.Document;
import scot.cswo.assurance.report.templates.JtedocumentGenerated;

/**
 * A document as XHTML, through the templates in {@code src/main/jte}: compiled to Java at build
 * time (ADR 20), escaping every text they are given, so a narrative or a mechanism's name is
 * always shown as typed and never read as markup.
 */
final class ReportHtml {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*";
    /** A date as the documents print it: "31/03/2025", "31 March 2025", "31 Mar", "March 2025". */
    static final Pattern DATE = Pattern.compile(
            "\\b(?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2} " + MONTH + "(?: \\d{4})?|" + MONTH + " \\d{4})\\b");

    private ReportHtml() {
    }

    /** The whole document, with the PDF's bookmarks or without them for the web. */
    static String render(Document document, boolean forPdf) {
        StringOutput out = new StringOutput(64 * 1024);
        String css = ReportStyle.css(document.runningHeader(), document.mark());
        TemplateOutput xml = new Rewriting(out, ReportHtml::xmlCharacters);
        TemplateOutput page = forPdf ? xml : new Rewriting(xml, ReportHtml::wholeDates);
        JtedocumentGenerated.render(new OwaspHtmlTemplateOutput(page), null, document, forPdf,
                output -> output.writeContent(css));
        return out.toString();
    }

    /** Text on its way to the page, rewritten first (XML's allowed characters, whole dates on a screen). */
    private record Rewriting(TemplateOutput out, UnaryOperator<String> rewrite) implements TemplateOutput {
        @Override
        public void writeContent(String text) {
            out.writeContent(rewrite.apply(text));
        }

        @Override
        public void writeContent(String text, int beginIndex, int endIndex) {
            out.writeContent(rewrite.apply(text.substring(beginIndex, endIndex)));
        }
    }

    /**
     * On a screen, "31 March 2025" is never split across lines: the spaces inside a date become
     * no-break spaces, so a narrow window wraps around the date instead of through it (issue 17).
     */
    private static String wholeDates(String text) {
        return DATE.matcher(text).replaceAll(date -> date.group().replace(' ', '\u00a0'));
    }

    /** Control characters are not allowed in XML: they are dropped rather than fail the PDF. */
    private static String xmlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
            }
        }
        return text;
    }
}
