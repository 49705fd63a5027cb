package scot.cswo.assurance.domain.matrix;

/**
 * What people have recorded against one framework: every kind of record that would be lost, or left
 * pointing at nothing, if the framework went. Counted by the store; judged by {@link UntouchedStarter}.
 *
 * @param evidence      evidence, "not applicable" and "nothing to report" records, current, corrected or withdrawn
 * @param reasons       reasons given for missed periods (exception notes)
 * @param actions       improvement actions raised from the matrix
 * @param meetings      meetings recorded (the council's, which meeting-bound mechanisms are due at)
 * @param edits         changes in the history to the framework, its functions, rows or mechanisms beyond its creation
 * @param chases        chase e-mails that named its mechanisms
 * @param reportContent report texts, pictures, sections, resources tables and settings kept with it
 */
public record RecordsHeld(int evidence, int reasons, int actions, int meetings, int edits, int chases,
                          int reportContent) {

    /** True when nobody has recorded anything against the framework. */
    public boolean none() {
        return evidence + reasons + actions + meetings + edits + chases + reportContent == 0;
    }
}
