package scot.cswo.assurance.report.model;

import java.util.List;

/** Text within a paragraph, heading or list item, with the emphasis a narrative gives it. */
public sealed interface Inline {

    record Text(String text) implements Inline {
    }

    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Code(String text) implements Inline {
    }

    /** A link to a web page or e-mail address (only those: nothing a document could run). */
    record Link(String address, String title, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /** A line break the writer asked for. */
    record LineBreak() implements Inline {
    }
}
