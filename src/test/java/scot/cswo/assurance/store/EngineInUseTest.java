package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.TestEngine;

/** The store and service tests really run on the engine the build asked for, not quietly on H2. */
class EngineInUseTest {
    @TempDir
    Path dir;

    @Test
    void theTestDatabaseIsOnTheEngineTheBuildChose() {
        try (Database database = TestEngine.open(dir.resolve("engine"))) {
            String product = database.<String>read(ctx -> ctx.configuration().dialect().getNameLC());

            assertThat(database.embedded()).isEqualTo(!TestEngine.postgres());
            assertThat(product).isEqualTo(TestEngine.postgres() ? "postgres" : "h2");
            if (TestEngine.postgres()) {
                assertThat(database.<String>read(ctx -> ctx.fetchValue(DSL.field("version()", String.class))))
                        .startsWith("PostgreSQL");
            }
        }
    }
}
