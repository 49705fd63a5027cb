package scot.cswo.assurance.report;

import java.util.ArrayList;
import java.util.List;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Document.Chapter;

/** A published document's chapters in order, each starting a page; numbered ones count in turn. */
final class Chapters {
    private final List<Chapter> chapters = new ArrayList<>();
    private int number;

    /** A chapter numbered in turn ("3. Exceptions"). */
    void numbered(String id, String heading, List<Block> content) {
        chapter(id, (++number) + ". " + heading, content);
    }

    /** A chapter whose heading carries its own label ("Appendix 1: …"). */
    void chapter(String id, String heading, List<Block> content) {
        chapters.add(new Chapter(id, heading, content));
    }

    List<Chapter> all() {
        return List.copyOf(chapters);
    }
}
