package scot.cswo.assurance.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A view-model test: the state the screens share, open on a fresh database, with no window (see {@link OpenState}). */
public abstract class ViewModelTest {
    @TempDir
    protected Path dir;
    protected OpenState open;

    @BeforeEach
    void openState() {
        open = new OpenState(dir);
    }

    @AfterEach
    void closeState() {
        open.close();
    }
}
