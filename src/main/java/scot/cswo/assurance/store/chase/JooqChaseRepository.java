package scot.cswo.assurance.store.chase;

import static scot.cswo.assurance.store.jooq.Tables.APP_SETTING;
import static scot.cswo.assurance.store.jooq.Tables.CHASE;
import static scot.cswo.assurance.store.jooq.Tables.CHASE_ITEM;
import static scot.cswo.assurance.store.jooq.Tables.CHASE_TEMPLATE;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import scot.cswo.assurance.domain.chase.ChaseItem;
import scot.cswo.assurance.domain.chase.ChaseRecord;
import scot.cswo.assurance.domain.chase.ChaseRepository;
import scot.cswo.assurance.domain.chase.CoveringText;
import scot.cswo.assurance.domain.chase.MailSettings;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.jooq.tables.records.ChaseItemRecord;

/** Chases, the covering template and the mail relay's settings in the relational store. */
public final class JooqChaseRepository implements ChaseRepository {
    private static final String RELAY_HOST = "mail.relay.host";
    private static final String RELAY_PORT = "mail.relay.port";
    private static final String RELAY_STARTTLS = "mail.relay.starttls";
    private static final String RELAY_ACCOUNT = "mail.relay.account";
    private static final String FROM = "mail.from";
    private static final String DIGEST_TO = "mail.digest.to";
    private static final String QUIET_DAYS = "not_chased_days";
    private static final List<String> MAIL_KEYS = List.of(RELAY_HOST, RELAY_PORT, RELAY_STARTTLS, RELAY_ACCOUNT, FROM,
            DIGEST_TO);

    private final Database database;

    public JooqChaseRepository(Database database) {
        this.database = database;
    }

    @Override
    public ChaseRecord record(long leadId, String address, ChaseRecord.How how, List<ChaseItem> items, String account,
                              Instant at) {
        long id = database.write(ctx -> {
            long chase = ctx.insertInto(CHASE).set(CHASE.LEAD_ID, leadId).set(CHASE.ADDRESS, address)
                    .set(CHASE.CHASED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).set(CHASE.CHASED_BY, account)
                    .set(CHASE.HOW, how.name()).returningResult(CHASE.ID).fetchSingle().value1();
            String lead = ctx.select(LEAD_OFFICER.NAME).from(LEAD_OFFICER).where(LEAD_OFFICER.ID.eq(leadId))
                    .fetchSingle(LEAD_OFFICER.NAME);
            String what = (how == ChaseRecord.How.SENT ? "sent to " : "drafted for ") + lead + " <" + address + ">";
            int position = 0;
            for (ChaseItem item : items) {
                boolean mechanism = item.kind() == ChaseItem.Kind.MECHANISM;
                ctx.insertInto(CHASE_ITEM).set(CHASE_ITEM.CHASE_ID, chase).set(CHASE_ITEM.POSITION, position++)
                        .set(CHASE_ITEM.MECHANISM_ID, mechanism ? item.id() : null)
                        .set(CHASE_ITEM.ACTION_ID, mechanism ? null : item.id())
                        .set(CHASE_ITEM.REF, item.ref()).set(CHASE_ITEM.DESCRIPTION, item.description())
                        .set(CHASE_ITEM.STATUS, item.status().name()).set(CHASE_ITEM.PERIOD_LABEL, item.period())
                        .set(CHASE_ITEM.DUE_ON, item.due()).set(CHASE_ITEM.DAYS_OVERDUE, (int) item.daysOverdue())
                        .set(CHASE_ITEM.REASON, item.why()).execute();
                History.record(ctx, account, at, mechanism ? "mechanism" : "action", item.id(), "chased", null,
                        what + " (" + item.status().label() + ")");
            }
            History.record(ctx, account, at, "lead", leadId, "chased", null, what + ": " + items.size()
                    + (items.size() == 1 ? " item" : " items"));
            return chase;
        });
        return chases(CHASE.ID.eq(id)).getFirst();
    }

    @Override
    public List<ChaseRecord> since(Instant since) {
        return chases(CHASE.CHASED_AT.ge(OffsetDateTime.ofInstant(since, ZoneOffset.UTC)));
    }

    @Override
    public Map<Long, ChaseRecord> latestByMechanism() {
        Map<Long, ChaseRecord> latest = new HashMap<>();
        // Newest first, so each mechanism keeps the first chase that lists it.
        for (ChaseRecord chase : chases(DSL.trueCondition())) {
            chase.items().stream().filter(i -> i.kind() == ChaseItem.Kind.MECHANISM)
                    .forEach(i -> latest.putIfAbsent(i.id(), chase));
        }
        return latest;
    }

    private List<ChaseRecord> chases(Condition which) {
        return database.read(ctx -> {
            Map<Long, List<ChaseItem>> items = ctx.selectFrom(CHASE_ITEM)
                    .where(CHASE_ITEM.CHASE_ID.in(DSL.select(CHASE.ID).from(CHASE).where(which)))
                    .orderBy(CHASE_ITEM.CHASE_ID, CHASE_ITEM.POSITION)
                    .fetch().stream().collect(Collectors.groupingBy(ChaseItemRecord::getChaseId, LinkedHashMap::new,
                            Collectors.mapping(JooqChaseRepository::item, Collectors.toList())));
            return ctx.select(CHASE.ID, CHASE.LEAD_ID, LEAD_OFFICER.NAME, CHASE.ADDRESS, CHASE.CHASED_AT,
                            CHASE.CHASED_BY, CHASE.HOW)
                    .from(CHASE).join(LEAD_OFFICER).on(LEAD_OFFICER.ID.eq(CHASE.LEAD_ID)).where(which)
                    .orderBy(CHASE.CHASED_AT.desc(), CHASE.ID.desc())
                    .fetch(r -> new ChaseRecord(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().toInstant(),
                            r.value6(), ChaseRecord.How.valueOf(r.value7()), items.getOrDefault(r.value1(), List.of())));
        });
    }

    private static ChaseItem item(ChaseItemRecord r) {
        boolean mechanism = r.getMechanismId() != null;
        return new ChaseItem(mechanism ? ChaseItem.Kind.MECHANISM : ChaseItem.Kind.ACTION,
                mechanism ? r.getMechanismId() : r.getActionId(), r.getRef(), r.getDescription(),
                Status.valueOf(r.getStatus()), r.getPeriodLabel(), r.getDueOn(), r.getDaysOverdue(), r.getReason(), "");
    }

    @Override
    public Optional<CoveringText> template() {
        return database.read(ctx -> ctx.selectFrom(CHASE_TEMPLATE).where(CHASE_TEMPLATE.ID.eq(1))
                .fetchOptional(r -> new CoveringText(r.getSubject(), r.getBody())));
    }

    @Override
    public void saveTemplate(CoveringText text, String account, Instant at) {
        database.write(ctx -> {
            Optional<CoveringText> before = ctx.selectFrom(CHASE_TEMPLATE).where(CHASE_TEMPLATE.ID.eq(1))
                    .fetchOptional(r -> new CoveringText(r.getSubject(), r.getBody()));
            if (before.isEmpty()) {
                ctx.insertInto(CHASE_TEMPLATE).set(CHASE_TEMPLATE.ID, 1).set(CHASE_TEMPLATE.SUBJECT, text.subject())
                        .set(CHASE_TEMPLATE.BODY, text.body()).execute();
            } else {
                ctx.update(CHASE_TEMPLATE).set(CHASE_TEMPLATE.SUBJECT, text.subject())
                        .set(CHASE_TEMPLATE.BODY, text.body()).where(CHASE_TEMPLATE.ID.eq(1)).execute();
            }
            History.record(ctx, account, at, "setting", null, "chase subject",
                    before.map(CoveringText::subject).orElse(null), text.subject());
            History.record(ctx, account, at, "setting", null, "chase covering text",
                    before.map(CoveringText::body).orElse(null), text.body());
            return null;
        });
    }

    @Override
    public Optional<Integer> quietDays() {
        return database.read(ctx -> ctx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(QUIET_DAYS)).fetchOptional(r -> Integer.parseInt(r.value1())));
    }

    @Override
    public void saveQuietDays(int days, String account, Instant at) {
        database.write(ctx -> {
            String before = ctx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                    .where(APP_SETTING.SETTING_KEY.eq(QUIET_DAYS)).fetchOptional(r -> r.value1()).orElse(null);
            ctx.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(QUIET_DAYS)).execute();
            ctx.insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, QUIET_DAYS)
                    .set(APP_SETTING.SETTING_VALUE, Integer.toString(days)).execute();
            History.record(ctx, account, at, "setting", null, QUIET_DAYS, before, Integer.toString(days));
            return null;
        });
    }

    @Override
    public Optional<MailSettings> mailSettings() {
        return database.read(ctx -> {
            Map<String, String> values = settings(ctx);
            if (!values.containsKey(RELAY_HOST)) {
                return Optional.empty();
            }
            return Optional.of(new MailSettings(values.get(RELAY_HOST), Integer.parseInt(values.get(RELAY_PORT)),
                    Boolean.parseBoolean(values.get(RELAY_STARTTLS)), values.get(RELAY_ACCOUNT), values.get(FROM),
                    values.get(DIGEST_TO)));
        });
    }

    @Override
    public void saveMailSettings(MailSettings settings, String account, Instant at) {
        database.write(ctx -> {
            Map<String, String> before = settings(ctx);
            Map<String, String> after = new LinkedHashMap<>();
            after.put(RELAY_HOST, settings.host());
            after.put(RELAY_PORT, Integer.toString(settings.port()));
            after.put(RELAY_STARTTLS, Boolean.toString(settings.startTls()));
            after.put(RELAY_ACCOUNT, settings.account());
            after.put(FROM, settings.from());
            after.put(DIGEST_TO, settings.digestTo());
            ctx.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.in(MAIL_KEYS)).execute();
            after.forEach((key, value) -> {
                if (value != null) {
                    ctx.insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, key).set(APP_SETTING.SETTING_VALUE, value)
                            .execute();
                }
                History.record(ctx, account, at, "setting", null, key, before.get(key), value);
            });
            return null;
        });
    }

    private static Map<String, String> settings(DSLContext ctx) {
        return ctx.selectFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.in(MAIL_KEYS))
                .fetchMap(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE);
    }
}
