package scot.cswo.assurance.domain.action;

import java.time.LocalDate;

/**
 * A dated progress note on an action, with who recorded it.
 *
 * @param id       the saved note (0 for one about to be saved); a correction replaces it with a new one
 * @param evidence where the evidence of it is (a minute, a report number, a link); blank for none
 */
public record ActionNote(long id, LocalDate date, String text, String evidence, String recordedBy) {

    public ActionNote {
        evidence = evidence == null ? "" : evidence.strip();
    }
}
