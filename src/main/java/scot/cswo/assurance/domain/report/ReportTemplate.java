package scot.cswo.assurance.domain.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A council's own report template: the annual report's chapters in the order it prints them, each
 * shown or hidden. The national template ({@link #national()}) is the order of {@link ReportSection}
 * with every chapter shown. Headings are renamed separately and apply to every year.
 */
public record ReportTemplate(List<Entry> entries) {
    /** A chapter and whether the report prints it. */
    public record Entry(ReportSection section, boolean shown) {
    }

    /**
     * Every chapter once, in the order given; a chapter the list leaves out (one added to the app
     * after the council saved its template) is put back where the national template has it, shown.
     */
    public ReportTemplate {
        Set<ReportSection> seen = EnumSet.noneOf(ReportSection.class);
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.section().chapter() && seen.add(entry.section())) {
                kept.add(entry);
            }
        }
        for (ReportSection section : chapters()) {
            if (!seen.contains(section)) {
                int at = 0;
                for (int i = 0; i < kept.size(); i++) {
                    if (kept.get(i).section().ordinal() < section.ordinal()) {
                        at = i + 1;
                    }
                }
                kept.add(at, new Entry(section, true));
            }
        }
        entries = List.copyOf(kept);
    }

    /** The Chief Social Work Adviser's template: every chapter, in its order, shown. */
    public static ReportTemplate national() {
        return new ReportTemplate(List.of());
    }

    /** The chapters the report prints, in order. */
    public List<ReportSection> shown() {
        return entries.stream().filter(Entry::shown).map(Entry::section).toList();
    }

    /** Whether the report prints the section: a part of a chapter goes with its chapter. */
    public boolean prints(ReportSection section) {
        return entries.stream().anyMatch(e -> e.shown() && e.section() == section.chapterOf());
    }

    private static List<ReportSection> chapters() {
        return Arrays.stream(ReportSection.values()).filter(ReportSection::chapter).toList();
    }
}
