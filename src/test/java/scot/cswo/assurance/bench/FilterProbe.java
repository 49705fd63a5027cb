package scot.cswo.assurance.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.BackgroundRunner;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FxDialogService;
import scot.cswo.assurance.ui.actions.ActionRaiser;
import scot.cswo.assurance.ui.chase.ChaseDialog;
import scot.cswo.assurance.ui.editing.MechanismForms;
import scot.cswo.assurance.ui.evidence.EvidenceForms;
import scot.cswo.assurance.ui.history.HistoryWindows;
import scot.cswo.assurance.ui.matrix.MatrixView;
import scot.cswo.assurance.ui.matrix.MatrixViewModel;

/**
 * Typing into the matrix's search box with 50,000 rows: for each keystroke, the time from the key
 * reaching the box to the table having filtered and laid out its rows (what the next frame shows).
 * Uses the real matrix screen on the scale database.
 */
public final class FilterProbe {
    private FilterProbe() {
    }

    /** Run with a display by {@link BenchMain}: prints one "KEY milliseconds" line per keystroke. */
    public static void main(String[] args) throws Exception {
        for (double millis : keystrokes(Path.of(args[0]), args[1])) {
            System.out.println("KEY " + millis);
        }
        System.exit(0);
    }

    private static List<Double> keystrokes(Path scaleDatabase, String text) throws Exception {
        // Open throughout, as in the app: the row detail's forms are handed its services.
        try (Workspace workspace = new TestApp(scaleDatabase.resolveSibling("data"), LocalDate.now(), BenchData.BENCH)
                .opener().open(scaleDatabase, WorkspaceOpener.Mode.MUST_EXIST)) {
            return keystrokes(workspace, workspace.status().board(LocalDate.now()), text);
        }
    }

    private static List<Double> keystrokes(Workspace workspace, StatusBoard board, String text) throws Exception {
        CompletableFuture<List<Double>> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                var worker = Executors.newSingleThreadExecutor();
                AssuranceState state = new AssuranceState(new BackgroundRunner(worker, worker, Platform::runLater),
                        Clock.systemDefaultZone(), Throwable::printStackTrace);
                MatrixViewModel model = new MatrixViewModel();
                // No dialog opens while keys are typed.
                DialogService dialogs = new FxDialogService(() -> null);
                MatrixView view = new MatrixView(model, state, new EvidenceForms(state, workspace.evidence(), dialogs),
                        new MechanismForms(workspace.editor(), state, dialogs), new HistoryWindows(state, workspace.history()),
                        new ActionRaiser(state, workspace.actions(), dialogs, form -> { }),
                        new ChaseDialog(state, workspace.chases(), dialogs, uri -> { }));
                model.show(board);
                Stage stage = new Stage();
                stage.setScene(new Scene((Parent) view.node(), 1280, 820));
                stage.show();
                TextField search = (TextField) stage.getScene().lookup("#matrix-search");
                TableView<?> table = (TableView<?>) stage.getScene().lookup("#matrix-table");
                List<Double> millis = new ArrayList<>();
                for (char c : text.toCharArray()) {
                    long start = System.nanoTime();
                    search.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, Character.toString(c), "", KeyCode.UNDEFINED,
                            false, false, false, false));
                    table.applyCss();
                    table.layout();
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                stage.close();
                worker.shutdown();
                result.complete(millis);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        List<Double> millis = result.get();
        Platform.exit();
        return millis;
    }
}
