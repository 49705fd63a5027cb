package scot.cswo.assurance.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;

/**
 * Opens databases for the commands and says on standard error what opening one did that the user
 * must know, such as finishing or undoing a restore that was interrupted.
 */
final class TellingOpener implements WorkspaceOpener {
    private final WorkspaceOpener opener;
    private final PrintWriter err;

    TellingOpener(WorkspaceOpener opener, PrintWriter err) {
        this.opener = opener;
        this.err = err;
    }

    @Override
    public Workspace open(DatabaseChoice choice, Mode mode) {
        return told(opener.open(choice, mode));
    }

    @Override
    public Workspace create(DatabaseChoice choice, Consumer<Workspace> setUp) {
        return told(opener.create(choice, setUp));
    }

    private Workspace told(Workspace workspace) {
        workspace.notice().ifPresent(err::println);
        return workspace;
    }
}
