package scot.cswo.assurance.domain.action;

import java.time.LocalDate;

/** A dated progress note on an action, with who recorded it. */
public record ActionNote(LocalDate date, String text, String recordedBy) {
}
