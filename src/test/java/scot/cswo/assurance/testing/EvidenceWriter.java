package scot.cswo.assurance.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.evidence.EvidenceInput;

/**
 * A child process for the kill test: records evidence one item after another through the same
 * service the window uses, and acknowledges each on standard output only once recording returned
 * (as the window shows "Saved").
 *
 * <p>Arguments: the database file, the round number.
 */
public final class EvidenceWriter {
    public static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    public static final Ref REF = new Ref("F1.3");

    private EvidenceWriter() {
    }

    /** What item {@code i} of round {@code round} says, so the parent can check it arrived whole. */
    public static EvidenceInput item(int round, int i) {
        return new EvidenceInput(TODAY.minusDays(i % 200), "Round " + round + " item " + i + ": IJB minute considered",
                "R" + round + "-" + i, "Integration Joint Board", Conclusion.REASONABLE, "Jane Martin", List.of());
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        Workspace workspace = new TestApp(file.resolveSibling("data"), TODAY).opener().open(file,
                WorkspaceOpener.Mode.MUST_EXIST);
        for (int i = 1; ; i++) {
            workspace.evidence().record(REF, item(round, i));
            System.out.println("ACK " + i);
            System.out.flush();
        }
    }
}
