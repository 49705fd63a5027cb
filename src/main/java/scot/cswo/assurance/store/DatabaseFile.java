package scot.cswo.assurance.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.engine.DbObject;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.h2.value.Value;
import org.h2.value.ValueNull;

/**
 * What an H2 database file holds, read from its storage without H2's SQL engine. Opening a file
 * through the engine already runs code kept in it (a trigger's Java source is compiled and run
 * as the database loads, a linked table connects elsewhere), so a file is read this way first and
 * only opened once it is known to hold nothing but the app's own schema (ADR 18).
 *
 * <p>The store is opened read-only: the file is not changed, whatever it holds.
 */
final class DatabaseFile {
    private static final String META_MAP = "table.0";
    /** The first (possibly schema-qualified) quoted name in H2's SQL: the object's own. */
    private static final Pattern NAME = Pattern.compile("(?:\"[^\"]*\"\\.)*\"([^\"]*)\"");
    private static final Pattern VIEW = Pattern.compile("(?s)CREATE (FORCE )?VIEW .*");
    private static final Pattern LINKED = Pattern.compile("(?s)CREATE (FORCE )?LINKED TABLE .*");
    private static final String HISTORY_TABLE = "CREATE CACHED TABLE \"PUBLIC\".\"flyway_schema_history\"(";

    /** One object of the database as H2 records it: its kind (H2's DbObject type) and the SQL that creates it. */
    record SchemaObject(int type, String sql) {
    }

    /**
     * @param version the schema version its migration history reaches: 0 if it has none, -1 if a
     *                migration failed in it
     */
    record Contents(int version, List<SchemaObject> objects) {
    }

    /** Why a file could not be read as a database. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean inUse;

        Unreadable(String reason, boolean inUse, Throwable cause) {
            super(reason, cause);
            this.inUse = inUse;
        }

        /** Another program has it open (H2 holds a lock on it). */
        boolean inUse() {
            return inUse;
        }
    }

    private DatabaseFile() {
    }

    static Contents read(Path file) throws Unreadable {
        try {
            if (Files.size(file) == 0) {
                throw new Unreadable("it is empty (0 bytes)", false, null);
            }
        } catch (IOException e) {
            throw new Unreadable("it cannot be read (" + e.getMessage() + ")", false, e);
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().autoCommitDisabled().open()) {
            long written = DataUtils.readHexLong(store.getFileStore().getStoreHeader(), "version", 0);
            if (store.getCurrentVersion() < written || !store.hasMap(META_MAP)) {
                // H2 falls back to an older state when the newest is missing: a truncated file looks whole.
                throw new Unreadable("it is shorter than it was when last written, so part of it is missing", false,
                        null);
            }
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            List<SchemaObject> objects = new ArrayList<>();
            Integer historyTable = null;
            TransactionMap<Long, Row> meta = transactions.begin().openMap(META_MAP);
            for (var keys = meta.keyIterator(null); keys.hasNext(); ) {
                Value[] row = meta.get(keys.next()).getValueList();
                SchemaObject object = new SchemaObject(row[2].getInt(), row[3].getString());
                objects.add(object);
                if (object.type() == DbObject.TABLE_OR_VIEW && object.sql().startsWith(HISTORY_TABLE)) {
                    historyTable = row[0].getInt();
                }
            }
            int version = historyTable == null ? 0 : version(transactions, "table." + historyTable);
            return new Contents(version, objects);
        } catch (MVStoreException e) {
            throw new Unreadable(switch (e.getErrorCode()) {
                case DataUtils.ERROR_FILE_LOCKED -> "it is open in another program";
                case DataUtils.ERROR_UNSUPPORTED_FORMAT -> "it was written by an incompatible version";
                default -> "it is damaged or is not a database";
            }, e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED, e);
        } catch (RuntimeException e) {
            throw new Unreadable("it is damaged or is not a database", false, e);
        }
    }

    /** The highest version applied successfully; -1 if any migration failed. Rows: Flyway's history table. */
    private static int version(TransactionStore transactions, String map) {
        TransactionMap<Long, Row> history = transactions.begin().openMap(map);
        int highest = 0;
        for (var keys = history.keyIterator(null); keys.hasNext(); ) {
            Value[] row = history.get(keys.next()).getValueList();
            String version = row[1] == ValueNull.INSTANCE ? null : row[1].getString();
            if (!row[9].getBoolean()) {
                return -1;
            }
            if (version != null) {
                highest = Math.max(highest, Integer.parseInt(version));
            }
        }
        return highest;
    }

    /** Objects that can run code or reach files first (a table's defaults can), then the rest: the order to name them in. */
    static final Comparator<SchemaObject> MOST_DANGEROUS_FIRST = Comparator.comparingInt(object ->
            switch (object.type()) {
                case DbObject.TRIGGER, DbObject.FUNCTION_ALIAS, DbObject.AGGREGATE -> 0;
                case DbObject.TABLE_OR_VIEW -> VIEW.matcher(object.sql()).matches()
                        || LINKED.matcher(object.sql()).matches() ? 1 : 2;
                case DbObject.CONSTRAINT, DbObject.DOMAIN -> 3;
                default -> 4;
            });

    /** The object's kind and name, for people: "the trigger PWN", "the view FRAMEWORK". */
    static String describe(SchemaObject object) {
        String sql = object.sql();
        Matcher quoted = NAME.matcher(sql);
        Optional<String> name = object.type() == DbObject.SETTING ? Optional.of(sql.replaceFirst("^SET (\\S+).*$", "$1"))
                : quoted.find() ? Optional.of(quoted.group(1)) : Optional.empty();
        if (object.type() == DbObject.CONSTRAINT) {
            return "a constraint" + name.map(table -> " on the table " + table).orElse("");
        }
        String kind = switch (object.type()) {
            case DbObject.TABLE_OR_VIEW -> VIEW.matcher(sql).matches() ? "view"
                    : LINKED.matcher(sql).matches() ? "linked table" : "table";
            case DbObject.INDEX -> "index";
            case DbObject.USER -> "user";
            case DbObject.SEQUENCE -> "sequence";
            case DbObject.TRIGGER -> "trigger";
            case DbObject.SETTING -> "setting";
            case DbObject.ROLE -> "role";
            case DbObject.RIGHT -> "grant of rights";
            case DbObject.FUNCTION_ALIAS -> "function";
            case DbObject.SCHEMA -> "schema";
            case DbObject.CONSTANT -> "constant";
            case DbObject.DOMAIN -> "domain";
            case DbObject.COMMENT -> "comment";
            case DbObject.AGGREGATE -> "aggregate function";
            case DbObject.SYNONYM -> "synonym";
            default -> "object";
        };
        boolean named = name.isPresent() && object.type() != DbObject.RIGHT && object.type() != DbObject.COMMENT;
        return named ? "the " + kind + " " + name.get() : "a " + kind;
    }
}
