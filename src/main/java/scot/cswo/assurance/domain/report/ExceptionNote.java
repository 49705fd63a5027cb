package scot.cswo.assurance.domain.report;

import java.time.LocalDate;

/**
 * Why a mechanism missed a period, and the action agreed, as reported under Exceptions.
 *
 * @param periodEnd the last day of the missed period (the due date)
 * @param version   changes with every save, so a save based on an older note is refused
 */
public record ExceptionNote(long mechanismId, LocalDate periodEnd, String reason, String action, int version) {
}
