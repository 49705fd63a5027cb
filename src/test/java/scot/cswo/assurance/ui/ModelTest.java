package scot.cswo.assurance.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A view-model test: a fresh {@link ModelFixture} (real H2 file, no window) for each test. */
public abstract class ModelTest {
    @TempDir
    protected Path dir;
    protected ModelFixture fixture;

    @BeforeEach
    void openTheDatabase() {
        fixture = new ModelFixture(dir.resolve("db"));
    }

    @AfterEach
    void closeTheDatabase() {
        fixture.close();
    }
}
