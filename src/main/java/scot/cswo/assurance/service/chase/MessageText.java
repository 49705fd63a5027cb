package scot.cswo.assurance.service.chase;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.chase.ChaseItem;
import scot.cswo.assurance.domain.chase.CoveringText;
import scot.cswo.assurance.domain.chase.Digest;
import scot.cswo.assurance.domain.chase.LeadChase;
import scot.cswo.assurance.domain.schedule.Status;

/**
 * A chase's or digest's words, as plain text and as the same in simple HTML: what the lead or the
 * CSWO reads. Only the framework's own words, statuses and dates: no evidence content, and so
 * nothing about people who use services.
 */
record MessageText(String subject, String plain, String html) {
    private static final String SIGN_OFF = "Sent by the CSWO's office from CSWO Assurance.";

    static MessageText chase(LeadChase chase, CoveringText covering, LocalDate asOf) {
        String name = chase.lead().name();
        Writer out = new Writer();
        out.paragraphs(covering.bodyFor(name, asOf));
        section(out, "Overdue", chase.items().stream().filter(i -> i.status() == Status.OVERDUE
                && i.kind() == ChaseItem.Kind.MECHANISM).toList());
        section(out, "Due soon", chase.items().stream().filter(i -> i.status() == Status.DUE_SOON).toList());
        section(out, "Improvement actions overdue", chase.items().stream()
                .filter(i -> i.kind() == ChaseItem.Kind.ACTION).toList());
        out.paragraphs(SIGN_OFF);
        return new MessageText(covering.subjectFor(name, asOf), out.plain(), out.html());
    }

    private static void section(Writer out, String heading, List<ChaseItem> items) {
        if (items.isEmpty()) {
            return;
        }
        out.heading(heading);
        for (ChaseItem item : items) {
            StringBuilder when = new StringBuilder();
            if (!item.period().isEmpty()) {
                when.append("Period: ").append(item.period()).append(". ");
            }
            if (item.due() != null) {
                when.append(item.kind() == ChaseItem.Kind.ACTION ? "Target date: " : "Due: ")
                        .append(DateFormats.display(item.due()));
                when.append(item.daysOverdue() > 0 ? " (" + days(item.daysOverdue()) + " overdue)." : ".");
            }
            out.item(item.ref() + " " + item.description(), List.of(when.toString().strip(), "Why: " + item.why(),
                    "What counts as evidence: " + item.evidence()));
        }
    }

    static MessageText digest(Digest digest, ZoneId zone) {
        Writer out = new Writer();
        out.paragraphs("The position of the CSWO assurance framework as at " + DateFormats.display(digest.asOf()) + ".");
        out.heading("Rows by status");
        out.lines(Status.ofTheMatrix().stream().filter(s -> digest.counts().getOrDefault(s, 0) > 0)
                .map(s -> s.label() + ": " + digest.counts().get(s)).toList(), "No rows.");
        out.heading("Overdue");
        out.lines(digest.overdue().stream().map(o -> o.ref() + " " + o.mechanism() + " (" + o.leads() + "): "
                + days(o.daysOverdue()) + " overdue").toList(), "Nothing is overdue.");
        out.heading("Improvement actions due");
        out.lines(digest.actionsDue().stream().map(a -> "Action " + a.id() + " " + a.title() + " ("
                + (a.lead().isEmpty() ? "no lead" : a.lead()) + "): " + a.status().label() + ", target date "
                + DateFormats.display(a.target())).toList(), "No action is overdue or due soon.");
        out.heading("Chased in the last " + Digest.CHASED_DAYS + " days");
        out.lines(digest.chased().stream().map(c -> c.leadName() + " <" + c.address() + ">: " + c.phrase(zone) + " ("
                + c.items().size() + (c.items().size() == 1 ? " item)" : " items)")).toList(),
                "Nobody has been chased.");
        out.paragraphs(SIGN_OFF);
        return new MessageText("CSWO assurance: the position at " + DateFormats.display(digest.asOf()), out.plain(),
                out.html());
    }

    private static String days(long days) {
        return days + (days == 1 ? " day" : " days");
    }

    /** Builds the plain text and the HTML side by side, so they always say the same. */
    private static final class Writer {
        private static final Map<Character, String> ENTITIES = Map.of('&', "&amp;", '<', "&lt;", '>', "&gt;",
                '"', "&quot;", '\'', "&#39;");
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder html = new StringBuilder();

        void paragraphs(String text) {
            for (String paragraph : text.split("\\n\\s*\\n")) {
                plain.append(paragraph.strip()).append("\n\n");
                html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>\n");
            }
        }

        void heading(String text) {
            plain.append(text).append('\n').append("-".repeat(text.length())).append("\n\n");
            html.append("<h2>").append(escape(text)).append("</h2>\n");
        }

        void item(String title, List<String> details) {
            plain.append(title).append('\n');
            html.append("<h3>").append(escape(title)).append("</h3>\n<ul>\n");
            for (String detail : details) {
                if (!detail.isEmpty()) {
                    plain.append("  ").append(detail).append('\n');
                    html.append("<li>").append(escape(detail)).append("</li>\n");
                }
            }
            plain.append('\n');
            html.append("</ul>\n");
        }

        void lines(List<String> lines, String whenNone) {
            if (lines.isEmpty()) {
                paragraphs(whenNone);
                return;
            }
            html.append("<ul>\n");
            for (String line : lines) {
                plain.append("  ").append(line).append('\n');
                html.append("<li>").append(escape(line)).append("</li>\n");
            }
            plain.append('\n');
            html.append("</ul>\n");
        }

        String plain() {
            return plain.toString().strip() + "\n";
        }

        String html() {
            return "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"UTF-8\"></head><body>\n" + html
                    + "</body></html>\n";
        }

        private static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.chars().forEach(c -> out.append(ENTITIES.getOrDefault((char) c, Character.toString(c))));
            return out.toString();
        }
    }
}
