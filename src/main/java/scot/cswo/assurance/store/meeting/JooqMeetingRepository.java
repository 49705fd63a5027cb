package scot.cswo.assurance.store.meeting;

import static scot.cswo.assurance.store.jooq.Tables.MEETING;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.domain.meeting.MeetingRepository;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.jooq.tables.records.MeetingRecord;

/** Meeting dates in the relational store. */
public final class JooqMeetingRepository implements MeetingRepository {
    private static final String ENTITY = "meeting";
    private final Database database;

    public JooqMeetingRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Meeting> list() {
        return database.read(ctx -> ctx.selectFrom(MEETING)
                .orderBy(MEETING.SERIES, MEETING.MEETING_DATE).fetch(JooqMeetingRepository::meeting));
    }

    @Override
    public Meeting add(MeetingSeries series, LocalDate date, String account, Instant at) {
        return database.write(ctx -> {
            MeetingRecord existing = ctx.selectFrom(MEETING).where(MEETING.SERIES.eq(series.name())
                    .and(MEETING.MEETING_DATE.eq(date))).fetchOne();
            if (existing != null && !existing.getCancelled()) {
                throw new RefusedException("There is already a " + series.title() + " meeting on that date.");
            }
            if (existing != null) {
                return cancelled(ctx, existing, false, account, at);
            }
            long id = ctx.insertInto(MEETING).set(MEETING.SERIES, series.name())
                    .set(MEETING.MEETING_DATE, date).returningResult(MEETING.ID).fetchSingle().value1();
            History.record(ctx, account, at, ENTITY, id, "added", null, series.key() + " " + date);
            return meeting(ctx.fetchSingle(MEETING, MEETING.ID.eq(id)));
        });
    }

    @Override
    public Meeting move(long meetingId, LocalDate to, String account, Instant at) {
        return database.write(ctx -> {
            MeetingRecord meeting = find(ctx, meetingId);
            boolean taken = ctx.fetchExists(MEETING, MEETING.SERIES.eq(meeting.getSeries()).and(MEETING.MEETING_DATE.eq(to))
                    .and(MEETING.ID.ne(meetingId)));
            if (taken) {
                throw new RefusedException("There is already a meeting of that series on " + DateFormats.display(to) + ".");
            }
            LocalDate from = meeting.getMeetingDate();
            ctx.update(MEETING).set(MEETING.MEETING_DATE, to).set(MEETING.VERSION, MEETING.VERSION.plus(1))
                    .where(MEETING.ID.eq(meetingId)).execute();
            History.record(ctx, account, at, ENTITY, meetingId, "date", from, to);
            return meeting(find(ctx, meetingId));
        });
    }

    @Override
    public Meeting setCancelled(long meetingId, boolean cancelled, String account, Instant at) {
        return database.write(ctx -> cancelled(ctx, find(ctx, meetingId), cancelled, account, at));
    }

    private static Meeting cancelled(DSLContext ctx, MeetingRecord meeting, boolean cancelled, String account, Instant at) {
        ctx.update(MEETING).set(MEETING.CANCELLED, cancelled).set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meeting.getId())).execute();
        History.record(ctx, account, at, ENTITY, meeting.getId(), "cancelled", meeting.getCancelled(), cancelled);
        return meeting(find(ctx, meeting.getId()));
    }

    private static MeetingRecord find(DSLContext ctx, long id) {
        MeetingRecord meeting = ctx.fetchOne(MEETING, MEETING.ID.eq(id));
        if (meeting == null) {
            throw new RefusedException("That meeting no longer exists; it may have been removed by someone else.");
        }
        return meeting;
    }

    private static Meeting meeting(MeetingRecord r) {
        return new Meeting(r.getId(), MeetingSeries.valueOf(r.getSeries()), r.getMeetingDate(), r.getCancelled());
    }
}
