package scot.cswo.assurance.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way screens do work off the FX thread: the work runs on the database thread (which
 * nothing ever interrupts, as H2 requires) and the result comes back on the FX thread.
 */
public final class BackgroundRunner {
    private static final Logger LOG = Logger.getLogger(BackgroundRunner.class.getName());

    private final Executor worker;
    private final Executor elsewhere;
    private final Executor uiThread;

    /**
     * @param worker    runs database work, one task at a time
     * @param elsewhere runs work that must not hold up the database thread (waiting on a print dialog)
     * @param uiThread  runs callbacks on the FX application thread
     */
    public BackgroundRunner(Executor worker, Executor elsewhere, Executor uiThread) {
        this.worker = worker;
        this.elsewhere = elsewhere;
        this.uiThread = uiThread;
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        run(worker, work, onSuccess, onFailure);
    }

    /** Like {@link #run}, but off the database thread, for work that touches no database. */
    public <T> void runElsewhere(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        run(elsewhere, work, onSuccess, onFailure);
    }

    private <T> void run(Executor executor, Callable<T> work, Consumer<? super T> onSuccess,
                         Consumer<? super Throwable> onFailure) {
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                LOG.log(Level.FINE, "Background work failed", e);
                uiThread.execute(() -> onFailure.accept(e));
                return;
            }
            uiThread.execute(() -> onSuccess.accept(result));
        });
    }

    /** Delivers the outcome of work already under way, on the FX thread. */
    public <T> void whenDone(CompletionStage<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        work.whenComplete((result, error) -> uiThread.execute(() -> {
            if (error != null) {
                onFailure.accept(error instanceof java.util.concurrent.CompletionException ? error.getCause() : error);
            } else {
                onSuccess.accept(result);
            }
        }));
    }
}
