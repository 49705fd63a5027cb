package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.JavaProcess;

/**
 * A database in a folder OneDrive keeps in sync (found, as on Windows, from the OneDrive variables
 * of the signed-in user's environment): a new one is refused, one already there opens with a
 * warning. The Windows path rules themselves are in StoragePlaceTest.
 */
@Tag("embedded")
class DatabaseOnASyncedFolderTest {
    @TempDir
    Path dir;

    private JavaProcess.Result run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JavaProcess.javaExecutable(), "-Dcswo.data.dir="
                + dir.resolve("data"), "-Dfile.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("CSWO_ASSURANCE_DB");
        builder.environment().putAll(environment);
        return JavaProcess.finish(builder.start());
    }

    @Test
    void aDatabaseIsNotCreatedInOneDriveAndTheSharedServerIsSuggested() throws Exception {
        Path oneDrive = Files.createDirectories(dir.resolve("OneDrive - Dundee City Council"));
        Path database = oneDrive.resolve("CSWO").resolve("assurance.mv.db");

        JavaProcess.Result init = run(Map.of("OneDriveCommercial", oneDrive.toString()), "--db", database.toString(),
                "init");

        assertThat(init.exitCode()).isEqualTo(3);
        assertThat(init.err()).contains("A database cannot be created at " + database, "OneDrive",
                "shared server", "Nothing was created.");
        assertThat(database).doesNotExist();
    }

    @Test
    void aDatabaseAlreadyInOneDriveOpensWithAWarningInTheLog() throws Exception {
        Path oneDrive = Files.createDirectories(dir.resolve("OneDrive"));
        Path database = oneDrive.resolve("assurance.mv.db");
        assertThat(run(Map.of(), "--db", database.toString(), "init").exitCode()).isZero();

        JavaProcess.Result status = run(Map.of("OneDrive", oneDrive.toString()), "--db", database.toString(),
                "status");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(Files.readString(dir.resolve("data").resolve("logs").resolve("cswo-assurance-0.log")))
                .contains("The database " + database + " is on a folder OneDrive keeps in sync",
                        "use the office's shared server");
    }
}
