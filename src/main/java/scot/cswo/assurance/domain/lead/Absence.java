package scot.cswo.assurance.domain.lead;

import java.time.LocalDate;
import scot.cswo.assurance.domain.matrix.Lead;

/** A lead away between two dates (inclusive), whose tasks a deputy covers meanwhile. */
public record Absence(long id, Lead lead, Lead deputy, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
