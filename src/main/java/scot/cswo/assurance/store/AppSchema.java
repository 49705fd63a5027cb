package scot.cswo.assurance.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.h2.engine.DbObject;

/**
 * The schema the app's own migration scripts create, at each version: a database file must hold
 * exactly this and nothing more before it is opened (ADR 18). Objects are compared by the SQL H2
 * keeps for them, with what differs from one database to the next taken out: the names H2 makes up
 * for keys and identity sequences, a sequence's current value, the columns' selectivity H2 keeps
 * once it has analysed a table, the administrator's password hash.
 *
 * <p>The latest schema is known by its digest, so the everyday check costs one hash; any other
 * version (an older file or backup about to be upgraded) is built from the scripts in a scratch
 * database, once per run.
 */
final class AppSchema {
    /** SHA-256 of the latest schema as {@link #normalised} lists it; AppSchemaTest keeps it in step. */
    static final String LATEST_DIGEST = "b2a0f943f8e40c607e7eb979e8434fc68fa31837e0f77ff7e38208730fadb57b";

    /** What H2 itself writes into every database, harmless whatever its value. */
    private static final Pattern OWN_SETTING = Pattern.compile("SET (CREATE_BUILD|WRITE_DELAY) \\d+");
    private static final Pattern ADMINISTRATOR = Pattern.compile(
            "CREATE USER IF NOT EXISTS \"SA\" SALT '[0-9a-f]*' HASH '[0-9a-f]*' ADMIN");
    private static final Pattern MADE_UP_NAME = Pattern.compile("\"(PRIMARY_KEY|CONSTRAINT)_[0-9A-F]+(_INDEX_[0-9A-F]+)?\"");
    private static final Pattern IDENTITY_SEQUENCE = Pattern.compile("SYSTEM_SEQUENCE_[0-9A-F]{8}(_[0-9A-F]{4}){3}_[0-9A-F]{12}");
    private static final Pattern CURRENT_VALUE = Pattern.compile(" RESTART WITH \\d+");
    /** What H2 learns of a column's values when it analyses a table, as it does by itself after 2,000 changed rows. */
    private static final Pattern SELECTIVITY = Pattern.compile(" SELECTIVITY \\d+");

    private static final Map<Integer, List<String>> BUILT = new ConcurrentHashMap<>();

    private AppSchema() {
    }

    /** The objects of {@code contents} that the app's scripts do not create at its version, and those missing. */
    record Difference(List<DatabaseFile.SchemaObject> foreign, List<String> missing) {
        boolean none() {
            return foreign.isEmpty() && missing.isEmpty();
        }
    }

    static Difference compare(DatabaseFile.Contents contents) {
        List<DatabaseFile.SchemaObject> counted = counted(contents.objects());
        List<String> found = counted.stream().map(AppSchema::normalised).sorted().toList();
        if (contents.version() == Migrations.LATEST && digest(found).equals(LATEST_DIGEST)) {
            return new Difference(List.of(), List.of());
        }
        Map<String, Integer> expected = new HashMap<>();
        expected(contents.version()).forEach(sql -> expected.merge(sql, 1, Integer::sum));
        List<DatabaseFile.SchemaObject> foreign = new ArrayList<>();
        for (DatabaseFile.SchemaObject object : counted) {
            if (expected.merge(normalised(object), -1, Integer::sum) < 0) {
                foreign.add(object);
            }
        }
        List<String> missing = expected.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().toList();
        return new Difference(foreign, missing);
    }

    /** Every object but the settings H2 writes itself. */
    private static List<DatabaseFile.SchemaObject> counted(List<DatabaseFile.SchemaObject> objects) {
        return objects.stream().filter(o -> o.type() != DbObject.SETTING || !OWN_SETTING.matcher(o.sql()).matches())
                .toList();
    }

    /** An object's SQL without what differs between two databases built by the same scripts. */
    static String normalised(DatabaseFile.SchemaObject object) {
        String sql = ADMINISTRATOR.matcher(object.sql()).replaceAll("CREATE USER \"SA\" ADMIN");
        sql = MADE_UP_NAME.matcher(sql).replaceAll("\"$1\"");
        sql = IDENTITY_SEQUENCE.matcher(sql).replaceAll("SYSTEM_SEQUENCE");
        sql = SELECTIVITY.matcher(sql).replaceAll("");
        return object.type() + " " + CURRENT_VALUE.matcher(sql).replaceAll("");
    }

    static String digest(List<String> normalised) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(String.join("\n", normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema at a version, as the scripts build it in a scratch database (sorted, normalised). */
    static List<String> expected(int version) {
        return BUILT.computeIfAbsent(version, AppSchema::build);
    }

    private static List<String> build(int version) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("cswo-schema");
            Path base = scratch.resolve("expected");
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "")) {
                Migrations.migrate(connection, version);
            }
            return counted(DatabaseFile.read(scratch.resolve("expected.mv.db")).objects()).stream()
                    .map(AppSchema::normalised).sorted().toList();
        } catch (IOException | SQLException | DatabaseFile.Unreadable e) {
            throw new IllegalStateException("The app's own schema at version " + version + " could not be built", e);
        } finally {
            Scratch.delete(scratch);
        }
    }
}
