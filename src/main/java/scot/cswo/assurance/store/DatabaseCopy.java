package scot.cswo.assurance.store;

import static scot.cswo.assurance.store.jooq.Tables.ATTACHMENT_CONTENT;
import static scot.cswo.assurance.store.jooq.Tables.EVIDENCE_ATTACHMENT;
import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.store.jooq.DefaultSchema;

/**
 * Copies a whole embedded database to an empty server database in one transaction: every table
 * (framework, evidence, history, roles, …) with its ids, and attachment files into the server's
 * attachment table. Before committing, every table's count on the server must equal the
 * source's; otherwise nothing is kept.
 */
public final class DatabaseCopy {
    private static final int BATCH = 500;

    private DatabaseCopy() {
    }

    /**
     * @param attachmentFile where the source keeps each attachment's file, by stored name
     * @return rows copied per table
     */
    public static Map<String, Integer> copy(Database from, Database to, Function<String, Path> attachmentFile) {
        Map<Table<?>, Result<Record>> rows = from.read(ctx -> {
            Map<Table<?>, Result<Record>> all = new LinkedHashMap<>();
            for (Table<?> table : inDependencyOrder()) {
                if (table != ATTACHMENT_CONTENT) {
                    all.put(table, ctx.select(table.fields()).from(table).orderBy(table.field(0)).fetch());
                }
            }
            return all;
        });
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Record attachment : rows.get(EVIDENCE_ATTACHMENT)) {
            String stored = attachment.get(EVIDENCE_ATTACHMENT.STORED_NAME);
            try {
                files.put(stored, Files.readAllBytes(attachmentFile.apply(stored)));
            } catch (IOException e) {
                throw new RefusedException("The attachment " + attachment.get(EVIDENCE_ATTACHMENT.ORIGINAL_NAME)
                        + " (" + stored + ") could not be read, so nothing was copied: " + e.getMessage());
            }
        }
        return to.write(ctx -> {
            if (ctx.fetchExists(FRAMEWORK)) {
                throw new RefusedException("The server database already holds a framework. Copy only into an empty"
                        + " database, so nothing there is mixed or overwritten.");
            }
            Map<String, Integer> copied = new LinkedHashMap<>();
            rows.forEach((table, records) -> {
                insert(ctx, table, records);
                copied.put(table.getName(), records.size());
            });
            files.forEach((stored, content) -> ctx.insertInto(ATTACHMENT_CONTENT)
                    .set(ATTACHMENT_CONTENT.STORED_NAME, stored).set(ATTACHMENT_CONTENT.CONTENT, content).execute());
            copied.put(ATTACHMENT_CONTENT.getName(), files.size());
            restartIdentities(ctx);
            for (Table<?> table : inDependencyOrder()) {
                int there = ctx.fetchCount(table);
                if (there != copied.getOrDefault(table.getName(), 0)) {
                    throw new RefusedException("The copy of " + table.getName() + " on the server has " + there
                            + " rows instead of " + copied.get(table.getName()) + ", so nothing was kept.");
                }
            }
            return copied;
        });
    }

    private static void insert(DSLContext ctx, Table<?> table, Result<Record> records) {
        for (int start = 0; start < records.size(); start += BATCH) {
            var insert = ctx.insertInto(table, table.fields());
            var values = insert.valuesOfRecords(records.subList(start, Math.min(records.size(), start + BATCH)));
            values.execute();
        }
    }

    /** New rows on the server must get ids after the copied ones. */
    private static void restartIdentities(DSLContext ctx) {
        for (Table<?> table : inDependencyOrder()) {
            if (table.getIdentity() != null) {
                String column = table.getIdentity().getField().getName();
                ctx.fetch("select setval(pg_get_serial_sequence({0}, {1}), coalesce(max({2}), 0) + 1, false) from {3}",
                        DSL.inline(table.getName()), DSL.inline(column), DSL.field(DSL.name(column)),
                        DSL.table(DSL.name(table.getName())));
            }
        }
    }

    /** Every application table, each after the tables it refers to. */
    static List<Table<?>> inDependencyOrder() {
        List<Table<?>> tables = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> !t.getName().equalsIgnoreCase("flyway_schema_history")).toList();
        Set<Table<?>> ordered = new LinkedHashSet<>();
        List<Table<?>> remaining = new ArrayList<>(tables);
        while (!remaining.isEmpty()) {
            int before = ordered.size();
            for (Table<?> table : List.copyOf(remaining)) {
                boolean ready = table.getReferences().stream().map(ForeignKey::getKey).map(k -> k.getTable())
                        .allMatch(target -> target.equals(table) || ordered.contains(target));
                if (ready) {
                    ordered.add(table);
                    remaining.remove(table);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("circular references among " + remaining);
            }
        }
        return List.copyOf(ordered);
    }
}
