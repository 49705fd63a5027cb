package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.JavaProcess;

/**
 * A database is not created in a folder OneDrive keeps in sync (found, as on Windows, from the
 * OneDrive variables of the signed-in user's environment). The Windows path rules are in
 * StoragePlaceTest.
 */
@Tag("embedded")
class DatabaseOnASyncedFolderTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseIsNotCreatedInOneDriveAndTheSharedServerIsSuggested() throws Exception {
        Path oneDrive = Files.createDirectories(dir.resolve("OneDrive - Dundee City Council"));
        Path database = oneDrive.resolve("CSWO").resolve("assurance.mv.db");
        List<String> command = new ArrayList<>(List.of(JavaProcess.javaExecutable(), "-Dcswo.data.dir="
                + dir.resolve("data"), "-Dfile.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--db", database.toString(), "init"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OneDriveCommercial", oneDrive.toString());
        builder.environment().remove("CSWO_ASSURANCE_DB");

        JavaProcess.Result init = JavaProcess.finish(builder.start());

        assertThat(init.exitCode()).isEqualTo(3);
        assertThat(init.err()).contains("A database cannot be created at " + database, "OneDrive",
                "shared server", "Nothing was created.");
        assertThat(database).doesNotExist();
    }
}
