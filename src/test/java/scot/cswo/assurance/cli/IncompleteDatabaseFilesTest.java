package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.BackedUpDatabase;

/**
 * A file that is not a complete database of the app's (truncated by a copy that stopped short, or
 * something else under the database's name) is never written to: every command refuses it, leaves
 * it byte for byte as it was and names the newest backup to restore; init does not start afresh
 * in it.
 */
class IncompleteDatabaseFilesTest {
    @TempDir
    Path dir;
    private Path db;
    private byte[] whole;

    private TestApp.Run run(String... args) {
        return new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli(args);
    }

    @BeforeEach
    void aDatabaseWithABackup() throws Exception {
        db = dir.resolve("assurance.mv.db");
        BackedUpDatabase.make(new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)), db);
        whole = Files.readAllBytes(db);
    }

    static Stream<String> damage() {
        return Stream.of("the first 4 KB", "the first 8 KB", "the first 16 KB", "cut inside its newest part",
                "a text file");
    }

    private byte[] damaged(String what) {
        return switch (what) {
            case "the first 4 KB" -> Arrays.copyOf(whole, 4096);
            case "the first 8 KB" -> Arrays.copyOf(whole, 8192);
            case "the first 16 KB" -> Arrays.copyOf(whole, 16384);
            case "cut inside its newest part" -> Arrays.copyOf(whole, newestPart() * 4096 + 2048);
            default -> "Minutes of the JSWMT\n".repeat(400).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The 4 KB block where the newest part H2 wrote starts, as its file header records it ("H:2,block:18,…"). */
    private int newestPart() {
        String header = new String(whole, 0, 4096, StandardCharsets.ISO_8859_1);
        return Integer.parseInt(header.replaceFirst("(?s)^.*?[,:]?block:([0-9a-f]+),.*$", "$1"), 16);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void everyCommandRefusesItUnchangedAndNamesTheNewestBackup(String what) throws Exception {
        byte[] content = damaged(what);
        Files.write(db, content);
        String newest;
        try (Stream<Path> backups = Files.list(dir.resolve("assurance-backups"))) {
            newest = backups.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow().toString();
        }

        for (String[] command : new String[][] {{"matrix"}, {"status"}, {"backup"},
                {"evidence", "add", "--ref", "F1.3", "--date", "2025-11-21", "--note", "After"}}) {
            TestApp.Run refused = run(Stream.concat(Stream.of("--db", db.toString()), Arrays.stream(command))
                    .toArray(String[]::new));

            assertThat(refused.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
            assertThat(refused.err()).startsWith("The database " + db)
                    .contains("It has not been changed", "cswo-assurance restore \"" + newest + "\"")
                    .doesNotContain("Exception");
        }
        assertThat(Arrays.equals(Files.readAllBytes(db), content)).as("not a byte changed").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void initDoesNotStartAfreshInIt(String what) throws Exception {
        byte[] content = damaged(what);
        Files.write(db, content);

        TestApp.Run init = run("--db", db.toString(), "init");

        // Refused as damaged, or, where the cut spared everything the app reads, as already holding a
        // framework: either way never started afresh.
        assertThat(init.exitCode()).as(init.err()).isIn(ExitCode.DATABASE_UNAVAILABLE, ExitCode.INVALID_DATA);
        assertThat(Arrays.equals(Files.readAllBytes(db), content)).as("not a byte changed").isTrue();
    }
}
