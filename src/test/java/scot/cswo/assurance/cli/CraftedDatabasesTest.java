package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.cswo.assurance.app.TestApp;

/**
 * A database or backup from someone else can never run code or reach files here: one crafted file
 * per kind of object H2 can keep, each added to a real database of the app's. Opened with --db, the
 * file is refused and left unchanged; restored, the backup is refused and the database it would
 * have replaced is untouched. Where the object would act, it writes a marker file, which must never
 * appear (ADR 18).
 */
class CraftedDatabasesTest {
    @TempDir
    static Path shared;
    private static Path pristine;

    @TempDir
    Path dir;
    private Path marker;

    /** What a crafted file holds beyond the app's own schema, and how the app names it in its refusal. */
    record Crafted(String what, String named, Function<Path, List<String>> statements) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Crafted> everyKindOfObject() {
        return Stream.of(
                new Crafted("a trigger with Java source, run when the matrix is read", "the trigger PWN", m -> List.of(
                        "CREATE TRIGGER PWN BEFORE SELECT ON FRAMEWORK AS $$org.h2.api.Trigger create() {"
                                + write(m) + " return new org.h2.tools.TriggerAdapter() { public void fire("
                                + "java.sql.Connection c, java.sql.ResultSet o, java.sql.ResultSet n) {" + write(m)
                                + "} }; }$$")),
                new Crafted("a view calling FILE_WRITE in place of the FRAMEWORK table", "the view FRAMEWORK",
                        m -> List.of("ALTER TABLE FRAMEWORK RENAME TO FRAMEWORK_KEPT",
                                "CREATE VIEW FRAMEWORK AS SELECT * FROM FRAMEWORK_KEPT WHERE FILE_WRITE('pwned', '"
                                        + m + "') > 0")),
                new Crafted("a function with Java source", "the function PWN", m -> List.of(
                        "CREATE ALIAS PWN AS $$String pwn() {" + write(m) + " return \"x\"; }$$")),
                new Crafted("a function naming a Java method", "the function PWN",
                        m -> List.of("CREATE FORCE ALIAS PWN FOR 'java.lang.Runtime.exec'")),
                new Crafted("an aggregate function naming a Java class", "the aggregate function PWN",
                        m -> List.of("CREATE FORCE AGGREGATE PWN FOR 'java.lang.Runtime'")),
                new Crafted("a linked table reaching another database", "the linked table PWN", m -> List.of(
                        "CREATE FORCE LINKED TABLE PWN('org.h2.Driver', 'jdbc:h2:" + m + "', 'sa', '', 'T')")),
                new Crafted("a check constraint calling FILE_WRITE on each new evidence record",
                        "a constraint on the table EVIDENCE", m -> List.of("ALTER TABLE EVIDENCE ADD CONSTRAINT PWN"
                        + " CHECK (FILE_WRITE('pwned', '" + m + "') > 0) NOCHECK")),
                new Crafted("a column whose default calls FILE_WRITE", "the table EVIDENCE", m -> List.of(
                        "ALTER TABLE EVIDENCE ADD COLUMN PWN BIGINT DEFAULT FILE_WRITE('pwned', '" + m + "')")),
                new Crafted("a domain", "the domain PWN", m -> List.of("CREATE DOMAIN PWN AS VARCHAR(10)")),
                new Crafted("a constant", "the constant PWN", m -> List.of("CREATE CONSTANT PWN VALUE 42")),
                new Crafted("a sequence", "the sequence PWN", m -> List.of("CREATE SEQUENCE PWN")),
                new Crafted("a synonym", "the synonym PWN", m -> List.of("CREATE SYNONYM PWN FOR FRAMEWORK")),
                new Crafted("a schema", "the schema PWN", m -> List.of("CREATE SCHEMA PWN")),
                new Crafted("a table", "the table PWN", m -> List.of("CREATE TABLE PWN(ID INT)")),
                new Crafted("an index", "the index PWN", m -> List.of("CREATE INDEX PWN ON EVIDENCE(NOTE)")),
                new Crafted("another user", "the user PWN", m -> List.of("CREATE USER PWN PASSWORD 'x' ADMIN")),
                new Crafted("a role with rights", "the role PWN", m -> List.of("CREATE ROLE PWN",
                        "GRANT SELECT ON FRAMEWORK TO PWN")),
                new Crafted("a comment", "the table FRAMEWORK", m -> List.of("COMMENT ON TABLE FRAMEWORK IS 'x'")),
                new Crafted("a setting the app never makes", "the setting DEFAULT_LOCK_TIMEOUT",
                        m -> List.of("SET DEFAULT_LOCK_TIMEOUT 1234")));
    }

    private static String write(Path marker) {
        return " try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"pwned\"); }"
                + " catch (Exception e) { }";
    }

    @BeforeAll
    static void aDatabaseOfTheApps() {
        pristine = shared.resolve("pristine.mv.db");
        TestApp.Run init = new TestApp(shared.resolve("data"), LocalDate.of(2025, 11, 22)).cli("--db", pristine.toString(),
                "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
    }

    @BeforeEach
    void theMarkerIsNotThere() {
        marker = dir.resolve("PWNED");
    }

    private TestApp.Run run(String... args) {
        return new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli(args);
    }

    /** The app's own database with the crafted object added, as someone could do with H2 itself. */
    private Path craft(Crafted crafted) throws IOException, SQLException {
        Path file = Files.copy(pristine, dir.resolve("crafted.mv.db"));
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("crafted"), "sa", "");
             Statement statement = connection.createStatement()) {
            for (String sql : crafted.statements().apply(marker)) {
                statement.execute(sql);
            }
        }
        // Creating some of them already ran them here, in the test; only what the app does counts.
        try (Stream<Path> made = Files.list(dir)) {
            for (Path leftover : made.filter(p -> p.getFileName().toString().startsWith("PWNED")).toList()) {
                Files.delete(leftover);
            }
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfObject")
    void aDatabaseHoldingItIsRefusedUnopenedAndUnchanged(Crafted crafted) throws Exception {
        Path file = craft(crafted);
        byte[] before = Files.readAllBytes(file);

        TestApp.Run matrix = run("--db", file.toString(), "matrix");

        assertThat(matrix.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(matrix.err()).startsWith("The database " + file + " holds " + crafted.named())
                .contains("that CSWO Assurance did not create", "It has not been changed")
                .doesNotContain("Exception");
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("the file is unchanged").isTrue();
        assertNothingRan();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfObject")
    void aBackupHoldingItIsRefusedAndTheDatabaseItWouldReplaceIsUntouched(Crafted crafted) throws Exception {
        Path backup = zip(craft(crafted));
        Path database = Files.copy(pristine, dir.resolve("assurance.mv.db"));
        byte[] before = Files.readAllBytes(database);

        TestApp.Run restore = run("--db", database.toString(), "restore", backup.toString());

        assertThat(restore.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(restore.err()).startsWith("The backup crafted.zip holds " + crafted.named())
                .contains("that CSWO Assurance did not create", "Nothing was changed").doesNotContain("Exception");
        assertThat(Arrays.equals(Files.readAllBytes(database), before)).as("the database is unchanged").isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("restor"));
        }
        assertNothingRan();
    }

    private void assertNothingRan() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("files the crafted object wrote")
                    .noneMatch(name -> name.startsWith("PWNED"));
        }
    }

    private static Path zip(Path database) throws IOException {
        Path zip = database.resolveSibling("crafted.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("crafted.mv.db"));
            Files.copy(database, out);
            out.closeEntry();
        }
        Files.delete(database);
        return zip;
    }
}
