package scot.cswo.assurance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import scot.cswo.assurance.app.TestApp;

/** A database made as an office makes one on the command line: Dundee, one evidence record, one backup. */
public final class BackedUpDatabase {
    /** The evidence record's text, to look for after something was done to the file. */
    public static final String EVIDENCE = "Kept safe";

    private BackedUpDatabase() {
    }

    public static void make(TestApp app, Path db) {
        app.cli("--db", db.toString(), "init");
        app.cli("--db", db.toString(), "evidence", "add", "--ref", "F1.3", "--date", "2025-11-20", "--note", EVIDENCE);
        TestApp.Run backup = app.cli("--db", db.toString(), "backup");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
    }
}
