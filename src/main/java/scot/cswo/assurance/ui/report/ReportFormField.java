package scot.cswo.assurance.ui.report;

import scot.cswo.assurance.domain.problem.Field;

/** The Report screen's table-like forms, whose problems name their own rows and go across the top. */
public enum ReportFormField implements Field {
    /** The Sections editor's list. */
    SECTIONS,
    /** The Resources table's rows. */
    RESOURCES
}
