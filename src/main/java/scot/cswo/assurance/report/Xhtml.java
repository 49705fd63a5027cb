package scot.cswo.assurance.report;

/** Builds XHTML text, escaping everything that comes from data. */
final class Xhtml {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /**
     * Opens a table with a caption and a header row; each column is {heading, width (e.g. "11mm",
     * or null for the rest of the page)}.
     */
    Xhtml table(String cssClass, String caption, String[]... columns) {
        raw("<table class=\"" + cssClass + "\">\n<caption>").text(caption).raw("</caption>\n<colgroup>");
        for (String[] column : columns) {
            raw(column[1] == null ? "<col />" : "<col style=\"width: " + column[1] + "\" />");
        }
        raw("</colgroup>\n<thead><tr>");
        for (String[] column : columns) {
            raw("<th scope=\"col\">").text(column[0]).raw("</th>");
        }
        return raw("</tr></thead>\n<tbody>\n");
    }

    Xhtml endTable() {
        return raw("</tbody>\n</table>\n");
    }

    /** An element with escaped text content, e.g. el("td", "F1.3"). */
    Xhtml el(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // Control characters are not allowed in XML; drop them rather than fail.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
