package scot.cswo.assurance.store.history;

import static scot.cswo.assurance.store.jooq.Tables.CHANGE_HISTORY;
import static scot.cswo.assurance.store.jooq.Tables.EVIDENCE;
import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK;
import static scot.cswo.assurance.store.jooq.Tables.IMPROVEMENT_ACTION;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;
import static scot.cswo.assurance.store.jooq.Tables.MATRIX_ROW;
import static scot.cswo.assurance.store.jooq.Tables.MEASURE;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM;
import static scot.cswo.assurance.store.jooq.Tables.MEETING;
import static scot.cswo.assurance.store.jooq.Tables.STATUTORY_FUNCTION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.history.HistoryLog;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.jooq.tables.records.ChangeHistoryRecord;

/** The change history table, read with each entry's subject named in the users' words. */
public final class JooqHistoryLog implements HistoryLog {
    private final Database database;

    public JooqHistoryLog(Database database) {
        this.database = database;
    }

    @Override
    public List<HistoryEntry> since(Instant since) {
        return entries(CHANGE_HISTORY.CHANGED_AT.ge(OffsetDateTime.ofInstant(since, ZoneOffset.UTC)));
    }

    @Override
    public List<HistoryEntry> forMechanism(long mechanismId) {
        var rows = database.read(ctx -> ctx.select(MATRIX_ROW.ID).from(MATRIX_ROW)
                .where(MATRIX_ROW.MECHANISM_ID.eq(mechanismId)).fetch(MATRIX_ROW.ID));
        var evidence = database.read(ctx -> ctx.select(EVIDENCE.ID).from(EVIDENCE)
                .where(EVIDENCE.MECHANISM_ID.eq(mechanismId)).fetch(EVIDENCE.ID));
        return entries(about("mechanism").and(CHANGE_HISTORY.ENTITY_ID.eq(mechanismId))
                .or(about("exception_note").and(CHANGE_HISTORY.ENTITY_ID.eq(mechanismId)))
                .or(about("row").and(CHANGE_HISTORY.ENTITY_ID.in(rows)))
                .or(about("evidence").and(CHANGE_HISTORY.ENTITY_ID.in(evidence))));
    }

    private static Condition about(String entity) {
        return CHANGE_HISTORY.ENTITY.eq(entity);
    }

    private List<HistoryEntry> entries(Condition condition) {
        return database.read(ctx -> {
            Subjects subjects = new Subjects(ctx);
            return ctx.selectFrom(CHANGE_HISTORY).where(condition).orderBy(CHANGE_HISTORY.ID.desc())
                    .fetch(r -> "report_text".equals(r.getEntity()) ? reportText(r)
                            : new HistoryEntry(r.getId(), r.getChangedAt().toInstant(), r.getAccount(), r.getEntity(),
                            r.getEntityId(), subjects.of(r.getEntity(), r.getEntityId(), r.getField()), r.getField(),
                            r.getOldValue(), r.getNewValue()));
        });
    }

    /**
     * Report texts are kept as "2025:narrative.achievements" (year 0: every year's headings); they
     * read as "Annual report 2025-26" and "achievements".
     */
    private static HistoryEntry reportText(ChangeHistoryRecord r) {
        String[] yearAndKey = r.getField().split(":", 2);
        int year = Integer.parseInt(yearAndKey[0]);
        String subject = year == 0 ? "Annual report headings"
                : "Annual report " + year + "-" + String.format("%02d", (year + 1) % 100);
        String field = yearAndKey.length < 2 ? r.getField()
                : yearAndKey[1].replaceFirst("^(narrative|heading)\\.", "").replace('.', ' ').replace('_', ' ');
        return new HistoryEntry(r.getId(), r.getChangedAt().toInstant(), r.getAccount(), r.getEntity(), r.getEntityId(),
                subject, field, r.getOldValue(), r.getNewValue());
    }

    /** Names for the things entries are about, looked up once per read rather than once per entry. */
    private static final class Subjects {
        private final Map<Long, String> mechanisms = new HashMap<>();
        private final Map<Long, String> rows = new HashMap<>();
        private final Map<Long, String> evidence = new HashMap<>();
        private final Map<Long, String> functions = new HashMap<>();
        private final Map<Long, String> leads = new HashMap<>();
        private final Map<Long, String> frameworks = new HashMap<>();
        private final Map<Long, String> meetings = new HashMap<>();
        private final Map<Long, String> actions = new HashMap<>();
        private final Map<Long, String> measures = new HashMap<>();

        Subjects(DSLContext ctx) {
            // Later puts win: a mechanism is named by its first active row.
            Map<Long, String> firstRef = new HashMap<>();
            ctx.select(MATRIX_ROW.ID, MATRIX_ROW.MECHANISM_ID, MATRIX_ROW.REF).from(MATRIX_ROW)
                    .orderBy(MATRIX_ROW.RETIRED.desc(), MATRIX_ROW.ID.desc())
                    .forEach(r -> {
                        rows.put(r.value1(), r.value3());
                        firstRef.put(r.value2(), r.value3());
                    });
            ctx.select(MECHANISM.ID, MECHANISM.DESCRIPTION).from(MECHANISM).forEach(r -> mechanisms.put(r.value1(),
                    join(firstRef.get(r.value1()), r.value2())));
            ctx.select(EVIDENCE.ID, EVIDENCE.MECHANISM_ID).from(EVIDENCE)
                    .forEach(r -> evidence.put(r.value1(), mechanisms.get(r.value2())));
            ctx.select(STATUTORY_FUNCTION.ID, STATUTORY_FUNCTION.FN_NUMBER).from(STATUTORY_FUNCTION)
                    .forEach(r -> functions.put(r.value1(), "Function " + r.value2()));
            ctx.select(LEAD_OFFICER.ID, LEAD_OFFICER.NAME).from(LEAD_OFFICER).forEach(r -> leads.put(r.value1(), r.value2()));
            ctx.select(FRAMEWORK.ID, FRAMEWORK.NAME).from(FRAMEWORK)
                    .forEach(r -> frameworks.put(r.value1(), r.value2()));
            ctx.select(MEETING.ID, MEETING.SERIES, MEETING.MEETING_DATE).from(MEETING)
                    .forEach(r -> meetings.put(r.value1(), r.value2() + " " + r.value3()));
            ctx.select(IMPROVEMENT_ACTION.ID, IMPROVEMENT_ACTION.TITLE).from(IMPROVEMENT_ACTION)
                    .forEach(r -> actions.put(r.value1(), "Action: " + r.value2()));
            ctx.select(MEASURE.ID, MEASURE.NAME).from(MEASURE)
                    .forEach(r -> measures.put(r.value1(), "Dataset: " + r.value2()));
        }

        String of(String entity, Long id, String field) {
            if (id == null) {
                return "role".equals(entity) ? field : null;
            }
            Map<Long, String> names = switch (entity) {
                case "mechanism", "exception_note" -> mechanisms;
                case "row" -> rows;
                case "evidence" -> evidence;
                case "function" -> functions;
                case "lead" -> leads;
                case "framework", "report_text", "setting" -> frameworks;
                case "meeting" -> meetings;
                case "action" -> actions;
                case "measure" -> measures;
                default -> Map.of();
            };
            return names.get(id);
        }

        private static String join(String ref, String description) {
            return ref == null ? description : ref + " " + description;
        }
    }
}
