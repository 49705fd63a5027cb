package scot.cswo.assurance.domain.report;

import java.util.Locale;

/**
 * The sections of the annual report, following the national CSWO annual report template. Each has
 * a default heading a framework may rename; narrative sections are written in the app each year.
 */
public enum ReportSection {
    INTRODUCTION("Introduction by the Chief Social Work Officer", true),
    PERFORMANCE("Summary of performance", false),
    ACHIEVEMENTS("Achievements", true),
    WEAKER_AREAS("Areas for improvement", true),
    RESPONSE("The council's response", true),
    GOVERNANCE("Governance and accountability", true),
    EXCEPTIONS("Exceptions", false),
    SERVICE_QUALITY("Service quality and performance", true),
    RESOURCES("Resources", true),
    WORKFORCE("Workforce", true),
    LOOKING_AHEAD("Looking ahead", true),
    APPENDIX_MATRIX("Appendix 1: The assurance matrix", false),
    APPENDIX_EVIDENCE("Appendix 2: Evidence log", false),
    APPENDIX_DATASET("Appendix 3: The CSWO dataset", false),
    APPENDIX_ACTIONS("Appendix 4: Improvement actions", false),
    APPENDIX_GLOSSARY("Appendix 5: Glossary", false);

    private final String defaultHeading;
    private final boolean narrative;

    ReportSection(String defaultHeading, boolean narrative) {
        this.defaultHeading = defaultHeading;
        this.narrative = narrative;
    }

    public String defaultHeading() {
        return defaultHeading;
    }

    /** True when the section's text is written by the CSWO's office each year. */
    public boolean narrative() {
        return narrative;
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
