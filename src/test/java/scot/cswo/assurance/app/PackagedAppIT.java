package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.Display;
import scot.cswo.assurance.testing.Folders;
import scot.cswo.assurance.testing.Golden;

/**
 * The app as jpackage packaged it (target/installer, built by installer/Packager.java in the
 * package phase): its own trimmed runtime, its command-line launcher, its window, its start-up cache
 * and the .deb made from it. Linux; the Windows workflow does the same for the MSI.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "the Windows app-image and MSI are tested by"
        + " .github/workflows/windows-installer.yml")
class PackagedAppIT {
    private static final Path IMAGE = Path.of("target/installer/image/cswo-assurance");
    private static final Path CLI = IMAGE.resolve("bin/cswo-assurance-cli");
    private static final Path WINDOW = IMAGE.resolve("bin/cswo-assurance");

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();
    private final List<Display> closing = new ArrayList<>();

    @AfterEach
    void stopWhatWasStarted() throws InterruptedException {
        started.forEach(Process::destroyForcibly);
        for (Display display : closing) {
            display.close();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().putAll(environment);
        builder.environment().remove(AppPaths.DATABASE_ENV);
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Map<String, String> options(String more) {
        return Map.of("JAVA_TOOL_OPTIONS", ("-Dcswo.data.dir=" + dir.resolve("data") + " " + more).strip());
    }

    @Test
    void withoutTheAccountFromTheOperatingSystemThePackagedAppChangesNothingWhateverUserNameSays() throws Exception {
        String db = dir.resolve("assurance.mv.db").toString();
        assertThat(run(CLI, options(""), "--db", db, "init").exitCode()).isZero();

        // Every module of the packaged runtime (installer/jlink.args) but jdk.security.auth, which names the account.
        Run grant = run(CLI, options("--limit-modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,"
                + "java.management,java.naming,java.scripting,java.security.jgss,java.sql,java.transaction.xa,java.xml,"
                + "jdk.charsets,jdk.localedata,jdk.management,jdk.net,jdk.unsupported,jdk.zipfs,javafx.controls"
                + " -Duser.name="
                + System.getProperty("user.name")), "--db", db, "roles", "--grant", "COUNCIL\\intruder", "--role",
                "administrator");

        assertThat(grant.exitCode()).isEqualTo(3);
        assertThat(grant.err()).contains("could not read from the operating system which account is signed in, so it"
                + " may not grant roles");
    }

    @Test
    void theCommandLineLauncherPrintsTheDundeeFrameworkWithoutAnyJavaInstalled() throws Exception {
        String db = dir.resolve("assurance.mv.db").toString();
        Map<String, String> noJava = new HashMap<>(options(""));
        noJava.put("JAVA_HOME", dir.resolve("no-java-here").toString());
        noJava.put("PATH", "/usr/bin:/bin");

        assertThat(run(CLI, noJava, "--db", db, "init").exitCode()).isZero();
        Run matrix = run(CLI, noJava, "--db", db, "matrix", "--format", "json");

        assertThat(matrix.exitCode()).isZero();
        assertThat(Golden.parse(matrix.out())).isEqualTo(Golden.dundeePart3());
    }

    @Test
    void theRuntimeHoldsOnlyTheModulesTheAppNeeds() throws Exception {
        String release = Files.readString(IMAGE.resolve("lib/runtime/release"), StandardCharsets.UTF_8);
        String modules = release.lines().filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();

        assertThat(modules).contains("javafx.controls", "java.sql", "jdk.localedata", "jdk.security.auth")
                .doesNotContain("jdk.compiler", "jdk.jshell", "jdk.javadoc", "jdk.jlink", "jdk.jpackage");
        assertThat(IMAGE.resolve("lib/runtime/include")).doesNotExist();
    }

    @Test
    void theLaunchersUseTheShippedStartUpCache() throws Exception {
        String db = dir.resolve("assurance.mv.db").toString();
        run(CLI, options(""), "--db", db, "init");

        // AOTMode=on makes the JVM refuse to start unless the cache maps (the window test does the same).
        Run strict = run(CLI, options("-XX:AOTMode=on"), "--db", db, "status", "--format", "json");

        assertThat(strict.exitCode()).as(strict.err()).isZero();
        assertThat(IMAGE.resolve("lib/app/cswo-assurance.aot")).isRegularFile();
        assertThat(Files.readString(IMAGE.resolve("lib/app/cswo-assurance.cfg"), StandardCharsets.UTF_8))
                .contains("java-options=-XX:AOTCache=$APPDIR/cswo-assurance.aot");
    }

    @Test
    void theStartUpCacheStillFitsWhenTheAppIsInstalledSomewhereElse() throws Exception {
        Path moved = dir.resolve("installed/cswo-assurance");
        Folders.copyKeepingTimes(IMAGE, moved, file -> true);
        String db = dir.resolve("assurance.mv.db").toString();
        run(moved.resolve("bin/cswo-assurance-cli"), options(""), "--db", db, "init");

        Run strict = run(moved.resolve("bin/cswo-assurance-cli"), options("-XX:AOTMode=on"), "--db", db, "matrix");

        assertThat(strict.exitCode()).as(strict.err()).isZero();
    }

    @Test
    void theWindowOpensOnTheMatrixAndDrawsIt() throws Exception {
        Display screen = Display.open();
        closing.add(screen);
        String display = screen.name();
        String db = dir.resolve("assurance.mv.db").toString();
        run(CLI, options(""), "--db", db, "init");
        ProcessBuilder builder = new ProcessBuilder(WINDOW.toString(), "--db", db).redirectErrorStream(true);
        builder.environment().putAll(options("-XX:AOTMode=on -Dcswo.bench.firstFrame=true -Dcswo.bench.stayOpen=true"));
        builder.environment().put("DISPLAY", display);
        Process window = builder.start();
        started.add(window);
        try (var lines = window.inputReader(StandardCharsets.UTF_8)) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals("CSWO_FIRST_FRAME"));
            assertThat(line).as("the window said the matrix is on screen").isEqualTo("CSWO_FIRST_FRAME");
        }
        Path screenshot = Path.of("target/installer/window.png");

        // The marker comes after the first layout; the X server may show the frame a moment later.
        int colours = 0;
        for (int attempt = 0; attempt < 20 && colours <= 50; attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 250);
            grab(display, screenshot);
            colours = distinctColours(ImageIO.read(screenshot.toFile()));
        }

        assertThat(colours).as("colours in " + screenshot).isGreaterThan(50);
    }

    private static void grab(String display, Path screenshot) throws Exception {
        ProcessBuilder grab = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ScreenGrab.class.getName(), screenshot.toString())
                .redirectErrorStream(true);
        grab.environment().put("DISPLAY", display);
        Process grabber = grab.start();
        String said = new String(grabber.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(grabber.waitFor()).as(said).isZero();
    }

    @Test
    void theDebPackageInstallsTheAppWithItsCacheAndAMenuEntry() throws Exception {
        assumeTrue(System.getProperty("cswo.installer.types", "").contains("deb"),
                "this build was not asked for a .deb (installer.types)");
        Path deb;
        try (Stream<Path> made = Files.list(Path.of("target/installer/dist"))) {
            deb = made.filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Process list = new ProcessBuilder("dpkg-deb", "--contents", deb.toString()).redirectErrorStream(true).start();
        String contents = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(list.waitFor()).isZero();
        assertThat(contents).contains("./opt/cswo-assurance/bin/cswo-assurance",
                "./opt/cswo-assurance/bin/cswo-assurance-cli", "./opt/cswo-assurance/lib/app/cswo-assurance.aot",
                "cswo-assurance.desktop");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

}
