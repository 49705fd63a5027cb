package scot.cswo.assurance.domain.history;

import java.time.Instant;
import java.util.List;

/** Reading the change history. There is deliberately no way to change or delete an entry. */
public interface HistoryLog {

    /** Every change made at or after {@code since}, newest first. */
    List<HistoryEntry> since(Instant since);

    /** Every change to a mechanism, its rows, its evidence and its notes on missed periods, newest first. */
    List<HistoryEntry> forMechanism(long mechanismId);
}
