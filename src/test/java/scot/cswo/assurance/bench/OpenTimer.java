package scot.cswo.assurance.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;

/** Prints how many milliseconds opening a database and loading its matrix took, in this fresh JVM. */
public final class OpenTimer {
    private OpenTimer() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        try (Workspace workspace = new TestApp(file.resolveSibling("data"), LocalDate.now(), BenchData.BENCH).opener()
                .open(file, WorkspaceOpener.Mode.MUST_EXIST)) {
            int rows = workspace.matrix().matrix().rows().size();
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.println(rows + " rows");
            System.out.println(millis);
        }
    }
}
