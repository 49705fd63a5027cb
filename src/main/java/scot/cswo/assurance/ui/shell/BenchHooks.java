package scot.cswo.assurance.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.util.Duration;

/**
 * Markers for the benchmark harness (see the README's Performance section), off unless asked for
 * with a system property: {@code cswo.bench.firstFrame} prints CSWO_FIRST_FRAME once the matrix is
 * on screen and quits (or stays open with {@code cswo.bench.stayOpen}, for the packaged app's
 * screenshot test); {@code cswo.bench.visitScreens} also opens every screen once and prints the
 * process's peak memory before quitting. The packager's start-up cache training uses the first.
 */
final class BenchHooks {
    private static final boolean FIRST_FRAME = Boolean.getBoolean("cswo.bench.firstFrame");
    private static final boolean VISIT_SCREENS = Boolean.getBoolean("cswo.bench.visitScreens");
    private static final boolean STAY_OPEN = Boolean.getBoolean("cswo.bench.stayOpen");

    private BenchHooks() {
    }

    /** Called when the matrix has been handed its rows. */
    static void matrixShown(Scene scene, List<?> matrixRows, List<Tab> screens) {
        if (!FIRST_FRAME && !VISIT_SCREENS) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!matrixRows.isEmpty()) {
                scene.removePostLayoutPulseListener(once[0]);
                if (VISIT_SCREENS) {
                    visit(scene, screens, 0);
                } else {
                    finish("CSWO_FIRST_FRAME");
                }
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void visit(Scene scene, List<Tab> screens, int next) {
        if (next == screens.size()) {
            finish("CSWO_PEAK_RSS_KB " + peakRssKb());
            return;
        }
        screens.get(next).getTabPane().getSelectionModel().select(screens.get(next));
        // Give the screen's own background loading a moment, as a user's glance would.
        PauseTransition glance = new PauseTransition(Duration.millis(700));
        glance.setOnFinished(e -> visit(scene, screens, next + 1));
        glance.play();
    }

    private static void finish(String marker) {
        System.out.println(marker);
        System.out.flush();
        if (!STAY_OPEN) {
            Platform.exit();
        }
    }

    private static long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }
}
