package scot.cswo.assurance.store.report;

import static scot.cswo.assurance.store.jooq.Tables.EXCEPTION_NOTE;
import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK;
import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK_SETTING;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM;
import static scot.cswo.assurance.store.jooq.Tables.REPORT_PICTURE;
import static scot.cswo.assurance.store.jooq.Tables.REPORT_CHAPTER;
import static scot.cswo.assurance.store.jooq.Tables.REPORT_TEXT;
import static scot.cswo.assurance.store.jooq.Tables.RESOURCE_LINE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import scot.cswo.assurance.domain.report.ExceptionNote;
import scot.cswo.assurance.domain.report.ReportPicture;
import scot.cswo.assurance.domain.report.ReportRepository;
import scot.cswo.assurance.domain.report.ReportRepository.NoteOverSeen;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportTemplate;
import scot.cswo.assurance.domain.report.ResourceLine;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.store.Conflicts;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.ServerLock;
import scot.cswo.assurance.store.jooq.tables.records.ExceptionNoteRecord;
import scot.cswo.assurance.store.jooq.tables.records.ReportTextRecord;

/** The report's texts, exception notes and settings in the relational store (see {@link #home}). */
public final class JooqReportRepository implements ReportRepository {
    private final Database database;

    public JooqReportRepository(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, String> texts(int reportYear) {
        return database.read(ctx -> {
            long frameworkId = home(ctx);
            Map<String, String> texts = new LinkedHashMap<>();
            ctx.selectFrom(REPORT_TEXT).where(REPORT_TEXT.FRAMEWORK_ID.eq(frameworkId)
                            .and(REPORT_TEXT.REPORT_YEAR.eq(reportYear)))
                    .forEach(r -> texts.put(r.getTextKey(), r.getBody()));
            return texts;
        });
    }

    @Override
    public void saveTexts(int reportYear, Map<String, String> seen, Map<String, String> texts, String account,
                          Instant at) {
        database.write(ctx -> {
            long frameworkId = lockHome(ctx);
            texts.forEach((key, body) -> saveText(ctx, frameworkId, reportYear, key, seen, body, account, at));
            return null;
        });
    }

    private static void saveText(DSLContext ctx, long frameworkId, int reportYear, String key, Map<String, String> seen,
                                 String body, String account, Instant at) {
        ReportTextRecord existing = ctx.selectFrom(REPORT_TEXT).where(REPORT_TEXT.FRAMEWORK_ID.eq(frameworkId)
                .and(REPORT_TEXT.REPORT_YEAR.eq(reportYear)).and(REPORT_TEXT.TEXT_KEY.eq(key))).forUpdate().fetchOne();
        String old = existing == null ? null : existing.getBody();
        String now = blankToNull(body);
        if (Objects.equals(old, now)) {
            return;
        }
        if (seen.containsKey(key) && !Objects.equals(old, blankToNull(seen.get(key)))) {
            throw new ConflictException("This text was changed by " + existing.getUpdatedBy() + " at "
                    + Conflicts.when(existing.getUpdatedAt()) + " after you opened it, so your change was not saved."
                    + " Copy your wording, reload to see theirs, then make your change again.");
        }
        if (now == null) {
            ctx.deleteFrom(REPORT_TEXT).where(REPORT_TEXT.ID.eq(existing.getId())).execute();
        } else if (existing == null) {
            ctx.insertInto(REPORT_TEXT).set(REPORT_TEXT.FRAMEWORK_ID, frameworkId).set(REPORT_TEXT.REPORT_YEAR, reportYear)
                    .set(REPORT_TEXT.TEXT_KEY, key).set(REPORT_TEXT.BODY, now).set(REPORT_TEXT.UPDATED_BY, account)
                    .set(REPORT_TEXT.UPDATED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute();
        } else {
            ctx.update(REPORT_TEXT).set(REPORT_TEXT.BODY, now).set(REPORT_TEXT.UPDATED_BY, account)
                    .set(REPORT_TEXT.UPDATED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .set(REPORT_TEXT.VERSION, REPORT_TEXT.VERSION.plus(1))
                    .where(REPORT_TEXT.ID.eq(existing.getId())).execute();
        }
        History.record(ctx, account, at, "report_text", frameworkId, reportYear + ":" + key, old, now);
    }

    @Override
    public List<ExceptionNote> exceptionNotes(long frameworkId) {
        return database.read(ctx -> ctx.select(EXCEPTION_NOTE.fields()).from(EXCEPTION_NOTE)
                .join(MECHANISM).on(MECHANISM.ID.eq(EXCEPTION_NOTE.MECHANISM_ID))
                .where(MECHANISM.FRAMEWORK_ID.eq(frameworkId))
                .fetchInto(EXCEPTION_NOTE).map(JooqReportRepository::note));
    }

    @Override
    public List<ExceptionNote> saveExceptionNotes(List<NoteOverSeen> notes, String account, Instant at) {
        return database.write(ctx -> notes.stream().map(each -> save(ctx, each.note(), each.seen(), account, at))
                .toList());
    }

    private static ExceptionNote save(DSLContext ctx, ExceptionNote note, ExceptionNote seen, String account,
                                      Instant at) {
        // The mechanism's row, not the note's: a first note has no row yet for two savers to queue on.
        ctx.select(MECHANISM.ID).from(MECHANISM).where(MECHANISM.ID.eq(note.mechanismId())).forUpdate().fetch();
        ExceptionNoteRecord existing = ctx.selectFrom(EXCEPTION_NOTE).where(EXCEPTION_NOTE.MECHANISM_ID
                .eq(note.mechanismId()).and(EXCEPTION_NOTE.PERIOD_END.eq(note.periodEnd()))).forUpdate().fetchOne();
        if (existing != null && (seen == null || seen.version() != existing.getVersion())) {
            throw new ConflictException("The reason for this period was recorded by " + existing.getRecordedBy()
                    + " at " + Conflicts.when(existing.getRecordedAt()) + " after you opened it, so yours was not"
                    + " saved. Reload to see it, then change it if you need to.");
        }
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        if (existing == null) {
            ctx.insertInto(EXCEPTION_NOTE).set(EXCEPTION_NOTE.MECHANISM_ID, note.mechanismId())
                    .set(EXCEPTION_NOTE.PERIOD_END, note.periodEnd()).set(EXCEPTION_NOTE.REASON, note.reason())
                    .set(EXCEPTION_NOTE.ACTION_AGREED, note.action()).set(EXCEPTION_NOTE.RECORDED_BY, account)
                    .set(EXCEPTION_NOTE.RECORDED_AT, when).execute();
            History.record(ctx, account, at, "exception_note", note.mechanismId(), "period " + note.periodEnd(), null,
                    note.reason() + " / " + note.action());
        } else {
            ctx.update(EXCEPTION_NOTE).set(EXCEPTION_NOTE.REASON, note.reason())
                    .set(EXCEPTION_NOTE.ACTION_AGREED, note.action()).set(EXCEPTION_NOTE.RECORDED_BY, account)
                    .set(EXCEPTION_NOTE.RECORDED_AT, when).set(EXCEPTION_NOTE.VERSION, EXCEPTION_NOTE.VERSION.plus(1))
                    .where(EXCEPTION_NOTE.ID.eq(existing.getId())).execute();
            History.record(ctx, account, at, "exception_note", note.mechanismId(), "period " + note.periodEnd(),
                    existing.getReason() + " / " + existing.getActionAgreed(), note.reason() + " / " + note.action());
        }
        return note(ctx.fetchSingle(EXCEPTION_NOTE, EXCEPTION_NOTE.MECHANISM_ID.eq(note.mechanismId())
                .and(EXCEPTION_NOTE.PERIOD_END.eq(note.periodEnd()))));
    }

    @Override
    public Map<String, String> settings() {
        return database.read(ctx -> {
            long frameworkId = home(ctx);
            Map<String, String> settings = new LinkedHashMap<>();
            ctx.selectFrom(FRAMEWORK_SETTING).where(FRAMEWORK_SETTING.FRAMEWORK_ID.eq(frameworkId))
                    .forEach(r -> settings.put(r.getSettingKey(), r.getSettingValue()));
            return settings;
        });
    }

    @Override
    public void saveSetting(String key, String value, String account, Instant at) {
        database.write(ctx -> {
            long frameworkId = lockHome(ctx);
            String old = ctx.select(FRAMEWORK_SETTING.SETTING_VALUE).from(FRAMEWORK_SETTING)
                    .where(FRAMEWORK_SETTING.FRAMEWORK_ID.eq(frameworkId).and(FRAMEWORK_SETTING.SETTING_KEY.eq(key)))
                    .fetchOne(FRAMEWORK_SETTING.SETTING_VALUE);
            if (Objects.equals(old, value)) {
                // Saving the cover again with the same choice is no change, and the history says only what changed.
                return null;
            }
            ctx.deleteFrom(FRAMEWORK_SETTING)
                    .where(FRAMEWORK_SETTING.FRAMEWORK_ID.eq(frameworkId).and(FRAMEWORK_SETTING.SETTING_KEY.eq(key)))
                    .execute();
            ctx.insertInto(FRAMEWORK_SETTING).set(FRAMEWORK_SETTING.FRAMEWORK_ID, frameworkId)
                    .set(FRAMEWORK_SETTING.SETTING_KEY, key).set(FRAMEWORK_SETTING.SETTING_VALUE, value).execute();
            History.record(ctx, account, at, "setting", frameworkId, key, old, value);
            return null;
        });
    }

    @Override
    public ReportTemplate template() {
        return database.read(ctx -> template(ctx, home(ctx)));
    }

    private static ReportTemplate template(DSLContext ctx, long frameworkId) {
        List<ReportTemplate.Entry> entries = new ArrayList<>();
        ctx.selectFrom(REPORT_CHAPTER).where(REPORT_CHAPTER.FRAMEWORK_ID.eq(frameworkId))
                .orderBy(REPORT_CHAPTER.POSITION).forEach(r -> section(r.getSectionKey())
                        .ifPresent(section -> entries.add(new ReportTemplate.Entry(section, r.getShown()))));
        return new ReportTemplate(entries);
    }

    /** A chapter a later version of the app may have stored and this one does not know is left out. */
    private static Optional<ReportSection> section(String key) {
        try {
            return Optional.of(ReportSection.valueOf(key));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void saveTemplate(ReportTemplate seen, ReportTemplate template, String account, Instant at) {
        database.write(ctx -> {
            long frameworkId = lockHome(ctx);
            ReportTemplate now = template(ctx, frameworkId);
            if (now.equals(template)) {
                return null;
            }
            if (!now.equals(seen)) {
                throw new ConflictException("The report's sections were changed by someone else after you opened"
                        + " them, so your change was not saved. Reload to see theirs, then make your change again.");
            }
            ctx.deleteFrom(REPORT_CHAPTER).where(REPORT_CHAPTER.FRAMEWORK_ID.eq(frameworkId)).execute();
            int position = 0;
            for (ReportTemplate.Entry entry : template.entries()) {
                ctx.insertInto(REPORT_CHAPTER).set(REPORT_CHAPTER.FRAMEWORK_ID, frameworkId)
                        .set(REPORT_CHAPTER.SECTION_KEY, entry.section().name())
                        .set(REPORT_CHAPTER.POSITION, ++position).set(REPORT_CHAPTER.SHOWN, entry.shown()).execute();
            }
            History.record(ctx, account, at, "setting", frameworkId, "report sections", describe(now),
                    describe(template));
            return null;
        });
    }

    /**
     * Where the report's own content is kept: with the database's first framework. The report is the
     * council's, year by year, whichever framework is in force: texts written before a framework
     * adopted mid-year starts, and the council's template and cover choices, carry on under it.
     */
    private static long home(DSLContext ctx) {
        Long first = ctx.select(DSL.min(FRAMEWORK.ID)).from(FRAMEWORK).fetchOne(0, Long.class);
        if (first == null) {
            throw new IllegalStateException("The database has no framework, so no report.");
        }
        return first;
    }

    /**
     * {@link #home}, with the report's {@link ServerLock}: two saves of the report's content run one
     * after the other. Not a lock on the saved rows: a first save has none yet for two savers to queue
     * on, and both would insert and one fail on a duplicate. Nor on the framework's row, which an
     * editor's own login on a server that enforces roles may not lock.
     */
    private static long lockHome(DSLContext ctx) {
        ServerLock.REPORT.take(ctx);
        return home(ctx);
    }

    private static String describe(ReportTemplate template) {
        return template.entries().stream().map(e -> e.section().name().toLowerCase(java.util.Locale.ROOT)
                + (e.shown() ? "" : " (hidden)")).collect(Collectors.joining(", "));
    }

    @Override
    public Resources resources(int reportYear) {
        return database.read(ctx -> resources(ctx, home(ctx), reportYear));
    }

    private static Resources resources(DSLContext ctx, long frameworkId, int reportYear) {
        return new Resources(ctx.selectFrom(RESOURCE_LINE).where(RESOURCE_LINE.FRAMEWORK_ID.eq(frameworkId)
                        .and(RESOURCE_LINE.REPORT_YEAR.eq(reportYear))).orderBy(RESOURCE_LINE.POSITION)
                .fetch(r -> new ResourceLine(r.getService(), r.getBudget(), r.getOutturn())));
    }

    @Override
    public void saveResources(int reportYear, Resources seen, Resources resources, String account, Instant at) {
        database.write(ctx -> {
            long frameworkId = lockHome(ctx);
            Resources now = resources(ctx, frameworkId, reportYear);
            if (same(now, resources)) {
                return null;
            }
            if (!same(now, seen)) {
                throw new ConflictException("The Resources table was changed by someone else after you opened it, so"
                        + " your change was not saved. Copy your figures, reload to see theirs, then make your change"
                        + " again.");
            }
            ctx.deleteFrom(RESOURCE_LINE).where(RESOURCE_LINE.FRAMEWORK_ID.eq(frameworkId)
                    .and(RESOURCE_LINE.REPORT_YEAR.eq(reportYear))).execute();
            int position = 0;
            for (ResourceLine line : resources.lines()) {
                ctx.insertInto(RESOURCE_LINE).set(RESOURCE_LINE.FRAMEWORK_ID, frameworkId)
                        .set(RESOURCE_LINE.REPORT_YEAR, reportYear).set(RESOURCE_LINE.POSITION, ++position)
                        .set(RESOURCE_LINE.SERVICE, line.service()).set(RESOURCE_LINE.BUDGET, line.budget())
                        .set(RESOURCE_LINE.OUTTURN, line.outturn()).execute();
            }
            History.record(ctx, account, at, "setting", frameworkId, "resources " + reportYear, describe(now),
                    describe(resources));
            return null;
        });
    }

    /** The same lines, amounts compared by value (12500 is 12500.0). */
    private static boolean same(Resources a, Resources b) {
        return describe(a).equals(describe(b));
    }

    private static String describe(Resources resources) {
        return resources.lines().stream().map(l -> l.service() + " " + l.budget().stripTrailingZeros().toPlainString()
                + " / " + l.outturn().stripTrailingZeros().toPlainString()).collect(Collectors.joining("; "));
    }

    private static ExceptionNote note(ExceptionNoteRecord r) {
        return new ExceptionNote(r.getMechanismId(), r.getPeriodEnd(), r.getReason(), r.getActionAgreed(),
                r.getVersion());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public ReportPicture addPicture(ReportPicture picture, String account, Instant at) {
        return database.write(ctx -> {
            long frameworkId = home(ctx);
            long id = ctx.insertInto(REPORT_PICTURE).set(REPORT_PICTURE.FRAMEWORK_ID, frameworkId)
                    .set(REPORT_PICTURE.MEDIA_TYPE, picture.mediaType()).set(REPORT_PICTURE.CONTENT, picture.content())
                    .set(REPORT_PICTURE.ALT_TEXT, picture.altText()).set(REPORT_PICTURE.ADDED_BY, account)
                    .set(REPORT_PICTURE.ADDED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .returning(REPORT_PICTURE.ID).fetchSingle().getId();
            History.record(ctx, account, at, "report_picture", frameworkId, "picture " + id, null, picture.altText());
            return new ReportPicture(id, picture.mediaType(), picture.content(), picture.altText());
        });
    }

    @Override
    public Map<Long, ReportPicture> pictures() {
        return database.read(ctx -> {
            Map<Long, ReportPicture> pictures = new LinkedHashMap<>();
            ctx.selectFrom(REPORT_PICTURE).where(REPORT_PICTURE.FRAMEWORK_ID.eq(home(ctx))).orderBy(REPORT_PICTURE.ID)
                    .forEach(r -> pictures.put(r.getId(), new ReportPicture(r.getId(), r.getMediaType(), r.getContent(),
                            r.getAltText())));
            return pictures;
        });
    }
}
