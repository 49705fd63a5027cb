package scot.cswo.assurance.domain.report;

import java.util.Locale;

/**
 * The sections of the annual report, in the order of the Chief Social Work Adviser's national CSWO
 * annual report template. Each has a default heading a framework may rename; narrative sections
 * are written in the app each year. The three parts of the summary of performance are written
 * under it and go wherever it goes; every other section is a chapter a council may move or hide
 * ({@link ReportTemplate}).
 */
public enum ReportSection {
    INTRODUCTION("Introduction by the Chief Social Work Officer", true, null),
    PERFORMANCE("Summary of performance", false, null),
    WEAKER_AREAS("Key challenges", true, PERFORMANCE),
    ACHIEVEMENTS("Developments", true, PERFORMANCE),
    RESPONSE("Improvements", true, PERFORMANCE),
    GOVERNANCE("Partnership structures and governance arrangements", true, null),
    LANDSCAPE("The social services delivery landscape", true, null),
    RESOURCES("Resources", true, null),
    SERVICE_QUALITY("Service quality and performance, including the delivery of statutory functions", true, null),
    WORKFORCE("Workforce", true, null),
    LOOKING_AHEAD("Looking ahead", true, null),
    APPENDIX_MATRIX("The assurance matrix", false, null),
    APPENDIX_EVIDENCE("Evidence log", false, null),
    APPENDIX_DATASET("The CSWO dataset", false, null),
    APPENDIX_ACTIONS("Improvement actions", false, null),
    APPENDIX_GLOSSARY("Glossary", false, null);

    private final String defaultHeading;
    private final boolean narrative;
    private final ReportSection partOf;

    ReportSection(String defaultHeading, boolean narrative, ReportSection partOf) {
        this.defaultHeading = defaultHeading;
        this.narrative = narrative;
        this.partOf = partOf;
    }

    public String defaultHeading() {
        return defaultHeading;
    }

    /** True when the section's text is written by the CSWO's office each year. */
    public boolean narrative() {
        return narrative;
    }

    /** True for a chapter of its own, which a council may move or hide; false for a part of one. */
    public boolean chapter() {
        return partOf == null;
    }

    /** The chapter the section is printed in: itself, or the one it is part of. */
    public ReportSection chapterOf() {
        return partOf == null ? this : partOf;
    }

    /** An appendix: printed after the numbered sections, labelled "Appendix 1: …" in turn. */
    public boolean appendix() {
        return name().startsWith("APPENDIX_");
    }

    /** The key its narrative is stored under. */
    public String textKey() {
        return "narrative." + name().toLowerCase(Locale.ROOT);
    }

    /** The key a renamed heading is stored under. */
    public String headingKey() {
        return "heading." + name().toLowerCase(Locale.ROOT);
    }
}
