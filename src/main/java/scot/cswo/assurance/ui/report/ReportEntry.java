package scot.cswo.assurance.ui.report;

import scot.cswo.assurance.domain.report.ReportSection;

/**
 * A part of the report the user can work on: the cover details, a narrative section, or the
 * reasons for missed periods.
 *
 * @param section the narrative section, or null for the cover and the exceptions
 */
public record ReportEntry(Kind kind, ReportSection section, String label) {

    public enum Kind { COVER, NARRATIVE, EXCEPTIONS }
}
