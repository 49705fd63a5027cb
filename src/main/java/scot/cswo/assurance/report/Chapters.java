package scot.cswo.assurance.report;

import java.util.ArrayList;
import java.util.List;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Document.Chapter;

/** A published document's chapters in order, each starting a page; numbered ones count in turn. */
final class Chapters {
    private final List<Chapter> chapters = new ArrayList<>();
    private int number;
    private int appendix;

    /** A chapter numbered in turn ("3. Exceptions"). */
    void numbered(String id, String heading, List<Block> content) {
        chapter(id, (++number) + ". " + heading, content);
    }

    /**
     * An appendix labelled in turn ("Appendix 2: Glossary"), whatever label its heading was given
     * when appendices carried fixed numbers, so one hidden or moved leaves no gap.
     */
    void appendix(String id, String heading, List<Block> content) {
        chapter(id, "Appendix " + (++appendix) + ": " + heading.replaceFirst("^Appendix \\d+: ", ""), content);
    }

    /** A chapter whose heading carries its own label. */
    private void chapter(String id, String heading, List<Block> content) {
        chapters.add(new Chapter(id, heading, content));
    }

    List<Chapter> all() {
        return List.copyOf(chapters);
    }
}
