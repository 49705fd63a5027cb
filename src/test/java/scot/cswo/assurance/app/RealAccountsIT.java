package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles and identity with real operating-system accounts, as an office shares one database file:
 * the launcher (target/cswo-assurance) run by an administrator's account and a viewer's, each its
 * own process and user id. The accounts are made with useradd, so this runs as root (as CI does on
 * its fresh machine) and is skipped, saying why, anywhere else.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "local accounts are made with useradd")
class RealAccountsIT {
    private static final String ADMINISTRATOR = "cswo-admin1";
    private static final String VIEWER = "cswo-viewer1";

    @TempDir
    Path dir;
    private Path launcher;
    private Path shared;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void twoAccountsAndAFolderTheyShare() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/useradd"))
                && Files.isExecutable(Path.of("/usr/sbin/runuser")), "needs root with useradd and runuser, to make"
                + " two local accounts; CI runs as root");
        Path javaHome = Path.of(System.getProperty("java.home"));
        assumeTrue(readableByAll(javaHome), "the JDK at " + javaHome + " is not readable by other accounts");
        for (String account : new String[] {ADMINISTRATOR, VIEWER}) {
            if (command("id", account).exitCode() != 0) {
                assertThat(command("/usr/sbin/useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", account)
                        .exitCode()).as("useradd " + account).isZero();
            }
        }
        open(dir);
        Path app = dir.resolve("app");
        copy(Path.of("target", "cswo-assurance"), app);
        launcher = app.resolve("bin/cswo-assurance");
        shared = open(Files.createDirectory(dir.resolve("shared")));
        assertThat(as(ADMINISTRATOR, Map.of(), "--db", db(), "init").exitCode()).isZero();
        // A database the office shares: every account may write the file, so only the app stands in the way.
        Files.setPosixFilePermissions(Path.of(db()), PosixFilePermissions.fromString("rw-rw-rw-"));
    }

    private String db() {
        return shared.resolve("s.mv.db").toString();
    }

    @Test
    void aViewerCannotMakeThemselvesAdministratorByRestoringABackupOfTheirOwn() throws Exception {
        String mine = dir.resolve("data-" + VIEWER).resolve("mine.mv.db").toString();
        String zip = dir.resolve("data-" + VIEWER).resolve("mine.zip").toString();
        assertThat(as(VIEWER, Map.of(), "--db", mine, "init").exitCode()).isZero();
        assertThat(as(VIEWER, Map.of(), "--db", mine, "backup", "--out", zip).exitCode()).isZero();
        String roles = as(ADMINISTRATOR, Map.of(), "--db", db(), "roles").out();

        Run restore = as(VIEWER, Map.of(), "--db", db(), "restore", zip);

        assertThat(restore.exitCode()).as(restore.out()).isEqualTo(3);
        assertThat(restore.err().strip()).isEqualTo("Your account " + VIEWER + " is a Viewer, so it may not restore a"
                + " backup over " + db() + ". An administrator can change your role.");
        assertThat(as(ADMINISTRATOR, Map.of(), "--db", db(), "roles").out()).isEqualTo(roles)
                .contains(ADMINISTRATOR + " ").doesNotContain(VIEWER);
    }

    @Test
    void aViewerCannotPassAsTheAdministratorBySettingUserName() throws Exception {
        Run grant = as(VIEWER, Map.of("JDK_JAVA_OPTIONS", "-Duser.name=" + ADMINISTRATOR), "--db", db(), "roles",
                "--grant", VIEWER, "--role", "administrator");

        assertThat(grant.exitCode()).isEqualTo(3);
        assertThat(grant.err().strip()).isEqualTo("Your account " + VIEWER + " is a Viewer, so it may not grant roles."
                + " An administrator can change your role.");
    }

    @Test
    void withoutTheModuleThatNamesTheAccountAViewerChangesNothingEvenInTheAdministratorsName() throws Exception {
        Run grant = as(VIEWER, Map.of("JDK_JAVA_OPTIONS", "--limit-modules java.se,javafx.controls,jdk.unsupported"
                + " -Duser.name=" + ADMINISTRATOR), "--db", db(), "roles", "--grant", VIEWER, "--role", "administrator");

        assertThat(grant.exitCode()).isEqualTo(3);
        assertThat(grant.err().strip()).isEqualTo("CSWO Assurance could not read from the operating system which"
                + " account is signed in, so it may not grant roles; only reading is possible.");
        assertThat(as(ADMINISTRATOR, Map.of(), "--db", db(), "roles").out()).doesNotContain(VIEWER);
    }

    /** Runs the launcher as {@code account}, with its own data folder. */
    private Run as(String account, Map<String, String> environment, String... args) throws Exception {
        Path data = open(dir.resolve("data-" + account));
        List<String> command = new ArrayList<>(List.of("/usr/sbin/runuser", "-u", account, "--", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("CSWO_JAVA_OPTS", "-Dcswo.data.dir=" + data);
        builder.environment().remove(AppPaths.DATABASE_ENV);
        builder.environment().putAll(environment);
        return finish(builder);
    }

    private static Run command(String... command) throws Exception {
        return finish(new ProcessBuilder(command));
    }

    private static Run finish(ProcessBuilder builder) throws Exception {
        Path out = Files.createTempFile("cswo-out", ".txt");
        Path err = Files.createTempFile("cswo-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("finished: " + builder.command()).isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    // The JVM notes JDK_JAVA_OPTIONS on standard error before the app says anything.
                    Files.readString(err, StandardCharsets.UTF_8).replaceAll("(?m)^NOTE: Picked up .*\\R", ""));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A folder every account may use. */
    private static Path open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        return folder;
    }

    private static boolean readableByAll(Path folder) {
        for (Path up = folder.toAbsolutePath(); up != null; up = up.getParent()) {
            try {
                if (!PosixFilePermissions.toString(Files.getPosixFilePermissions(up)).matches("......r.x")) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
                target.toFile().setReadable(true, false);
                if (Files.isDirectory(file) || Files.isExecutable(file)) {
                    target.toFile().setExecutable(true, false);
                }
            }
        }
    }
}
