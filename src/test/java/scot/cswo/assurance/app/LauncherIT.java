package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.Golden;
import scot.cswo.assurance.testing.WordFixtures;

/** The packaged launcher, target/cswo-assurance/bin/cswo-assurance, run as a user would run it. */
class LauncherIT {
    private static final Path HOME = Path.of("target", "cswo-assurance");
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
    /** The launcher for this system: the .bat on Windows (run by the Windows workflow), the shell script elsewhere. */
    private static final Path LAUNCHER = HOME.resolve(WINDOWS ? "bin/cswo-assurance.bat" : "bin/cswo-assurance");
    /** A Java older than 25: the Windows workflow names the one it installs; Debian's Java 17 here. */
    private static final Path JAVA_17 = Path.of(System.getenv().getOrDefault("CSWO_TEST_JAVA17",
            "/usr/lib/jvm/java-17-openjdk-amd64"));

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run launch(String javaHome, String... args) throws IOException, InterruptedException {
        return launchWith(javaHome, null, args);
    }

    /** @param javaHome null: no JAVA_HOME, so the launcher takes java from {@code path} */
    private Run launchWith(String javaHome, String path, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        Map<String, String> env = builder.environment();
        if (javaHome == null) {
            env.remove("JAVA_HOME");
            env.put(WINDOWS ? env.keySet().stream().filter("PATH"::equalsIgnoreCase).findFirst().orElse("PATH")
                    : "PATH", path);
        } else {
            env.put("JAVA_HOME", javaHome);
        }
        env.put("CSWO_JAVA_OPTS", "-Dcswo.data.dir=" + dir.resolve("data"));
        env.remove(AppPaths.DATABASE_ENV);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void initThenMatrixAsJsonPrintsTheDundeeFramework() throws Exception {
        String db = dir.resolve("new/assurance.mv.db").toString();
        String javaHome = System.getProperty("java.home");

        assertThat(launch(javaHome, "--db", db, "init").exitCode()).isZero();
        Run matrix = launch(javaHome, "--db", db, "matrix", "--format", "json");

        assertThat(matrix.exitCode()).isZero();
        assertThat(matrix.err()).isEmpty();
        assertThat(Golden.parse(matrix.out())).isEqualTo(Golden.dundeePart3());
    }

    @Test
    void readingAWordDocumentPrintsOnlyTheAppsOwnWords() throws Exception {
        String db = dir.resolve("assurance.mv.db").toString();
        String javaHome = System.getProperty("java.home");
        Path file = WordFixtures.copy("second-council.docx", dir);
        assertThat(launch(javaHome, "--db", db, "init").exitCode()).isZero();

        // After a fresh init the starter's council is not suggested for the office's own framework.
        Run checked = launch(javaHome, "--db", db, "import", file.toString(), "--council", "Second Council",
                "--period", "2026-2027", "--dry-run");

        assertThat(checked.exitCode()).as(checked.err()).isZero();
        // Log4j (which Apache POI logs through) prints "Log4j API could not find a logging provider" to
        // standard output, ahead of the app's own first line, unless the app has told it where to log.
        assertThat(checked.err()).isEmpty();
        assertThat(checked.out()).startsWith("second-council.docx: 3 functions")
                .contains("Dry run: the file is valid; nothing was changed.");
    }

    @Test
    void theDatabaseCanBeChosenByEnvironmentVariable() throws Exception {
        Path db = dir.resolve("from-env.mv.db");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "init").redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("CSWO_JAVA_OPTS", "-Dcswo.data.dir=" + dir.resolve("data"));
        builder.environment().put(AppPaths.DATABASE_ENV, db.toString());
        Process process = builder.start();
        process.getInputStream().readAllBytes();

        assertThat(process.waitFor()).isZero();
        assertThat(db).isRegularFile();
    }

    @Test
    void aDatabaseFromTheEnvironmentIsAPathNeverConnectionSettings() throws Exception {
        Path db = dir.resolve("from-env;INIT=CREATE TABLE INJECTED(ID INT)");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "init").redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("CSWO_JAVA_OPTS", "-Dcswo.data.dir=" + dir.resolve("data"));
        builder.environment().put(AppPaths.DATABASE_ENV, db.toString());
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(4);
        assertThat(said).contains("contains a semicolon (;)").doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("from-env"));
        }
    }

    @Test
    void anOlderJavaIsRefusedWithAMessageSayingWhatIsNeeded() throws Exception {
        Path java17 = JAVA_17;
        assumeTrue(Files.exists(java17.resolve(WINDOWS ? "bin/java.exe" : "bin/java")), "no Java 17 here to try");

        Run run = launch(java17.toString(), "--version");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Java 25 is needed").contains("JAVA_HOME");
    }

    @Test
    void anOlderJavaFoundOnThePathIsRefusedToo() throws Exception {
        assumeTrue(Files.exists(JAVA_17.resolve(WINDOWS ? "bin/java.exe" : "bin/java")), "no Java 17 here to try");
        String system = WINDOWS ? System.getenv("SystemRoot") + "\\System32" : "/usr/bin:/bin";

        Run run = launchWith(null, JAVA_17.resolve("bin") + java.io.File.pathSeparator + system, "--version");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Java 25 is needed");
    }

    @Test
    void theWindowsLauncherSitsBesideItWithWindowsLineEnds() throws Exception {
        String bat = Files.readString(HOME.resolve("bin/cswo-assurance.bat"));

        assertThat(bat).contains("\r\n").contains("scot.cswo.assurance.app.Main %*");
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
    }
}
