package scot.cswo.assurance.domain.matrix;

/**
 * One row of a matrix as typed in a spreadsheet or Word table, before validation.
 *
 * @param rowNumber the row number a spreadsheet shows (header row = 1)
 * @param ref       optional; blank when refs are to be assigned
 * @param leadEmail optional; the leads' email addresses, one per lead in the order the leads are named
 */
public record SourceRow(int rowNumber, String function, String functionTitle, String mechanism, String lead,
                        String frequency, String ref, String leadEmail) {

    /** A row from a file without a "Lead email" column. */
    public SourceRow(int rowNumber, String function, String functionTitle, String mechanism, String lead,
                     String frequency, String ref) {
        this(rowNumber, function, functionTitle, mechanism, lead, frequency, ref, "");
    }
}
