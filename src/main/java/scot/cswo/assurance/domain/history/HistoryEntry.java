package scot.cswo.assurance.domain.history;

import java.time.Instant;

/**
 * One change, as the append-only history recorded it in the change's own transaction.
 *
 * @param entity   what kind of thing changed: mechanism, row, function, framework, lead, evidence, …
 * @param subject  the thing in the users' words ("F1.3 Membership of IJB", a lead's name), where known
 * @param field    what about it changed ("leads", "frequency", "added", "retired", …)
 */
public record HistoryEntry(long id, Instant at, String account, String entity, Long entityId, String subject,
                           String field, String oldValue, String newValue) {
}
