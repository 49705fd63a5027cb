package scot.cswo.assurance.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.importing.FrameworkTemplates;

/** A real H2 database in a temp folder holding the Dundee framework, opened as the app opens it. */
public final class Dundee {

    private Dundee() {
    }

    /** Tracking from 1 April 2025, "today" being the given date, signed in as COUNCIL\tester. */
    public static Workspace open(Path dir, LocalDate today) {
        return open(dir, today, new Identity("COUNCIL\\tester"));
    }

    public static Workspace open(Path dir, LocalDate today, Identity who) {
        return open(dir, today, who, LocalDate.of(2025, 4, 1));
    }

    public static Workspace open(Path dir, LocalDate today, Identity who, LocalDate trackingStart) {
        TestApp app = new TestApp(dir.resolve("data"), today, who);
        Workspace workspace = app.opener().open(dir.resolve("assurance.mv.db"), WorkspaceOpener.Mode.CREATE_IF_MISSING);
        workspace.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(trackingStart));
        return workspace;
    }
}
