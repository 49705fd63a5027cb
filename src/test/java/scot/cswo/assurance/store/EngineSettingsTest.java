package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.JavaProcess;
import scot.cswo.assurance.testing.UserClassProbe;

/**
 * Behind the schema check, H2 itself is set to load no class a database names (h2.allowedClasses):
 * a process that opened its database as the app does cannot make a function or trigger from one.
 * A separate process, since H2 reads the setting once per process.
 */
@Tag("embedded")
class EngineSettingsTest {
    @TempDir
    Path dir;

    @Test
    void noJavaClassCanBeMadeIntoAFunctionOrTrigger() throws Exception {
        JavaProcess.Result probe = JavaProcess.run(dir, UserClassProbe.class, dir.resolve("probe.mv.db").toString());

        assertThat(probe.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("REFUSED").contains("is denied"));
    }
}
