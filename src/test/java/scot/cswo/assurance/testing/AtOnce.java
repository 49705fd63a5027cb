package scot.cswo.assurance.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs several calls at the same moment, each on its own thread as if on its own PC, and keeps
 * what each one returned or threw.
 */
public final class AtOnce implements AutoCloseable {
    private final ExecutorService pcs;
    private final int width;

    public AtOnce(int width) {
        this.width = width;
        this.pcs = Executors.newFixedThreadPool(width);
    }

    /** What one call did: its result, or the exception it threw. */
    public record Outcome<T>(T value, RuntimeException error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    public <T> List<Outcome<T>> run(List<Supplier<T>> calls) throws InterruptedException {
        if (calls.size() != width) {
            throw new IllegalArgumentException("expected " + width + " calls");
        }
        CyclicBarrier start = new CyclicBarrier(width);
        List<Future<Outcome<T>>> running = new ArrayList<>();
        for (Supplier<T> call : calls) {
            running.add(pcs.submit(() -> {
                start.await();
                try {
                    return new Outcome<>(call.get(), null);
                } catch (RuntimeException e) {
                    return new Outcome<T>(null, e);
                }
            }));
        }
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<Outcome<T>> outcome : running) {
            try {
                outcomes.add(outcome.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return outcomes;
    }

    @Override
    public void close() {
        pcs.close();
    }
}
