package scot.cswo.assurance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A child process for a kill test, which says "START n" before each operation and "DONE n" once the
 * app has reported it done; the test follows it and kills it with kill -9 (destroyForcibly).
 */
public final class KilledChild {
    /** Quick to start, since a kill test starts one process per kill. */
    private static final List<String> QUICK = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Process process;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final Thread reader;

    private KilledChild(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().start(this::follow);
        drain(process);
    }

    /** Reads what the child logs, so that it never waits on a full pipe. */
    private static void drain(Process process) {
        Thread.ofPlatform().daemon().start(() -> {
            try (var err = process.getErrorStream()) {
                err.transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // The child is gone.
            }
        });
    }

    public static KilledChild start(Path dataDir, Class<?> mainClass, String... args) throws IOException {
        return new KilledChild(JavaProcess.start(dataDir, QUICK, mainClass, args));
    }

    /**
     * How long each operation of a new process takes, the first with its class loading: the window in
     * which a kill falls. The child is run to its end, so it must be told how many to do.
     */
    public static List<Long> time(Path dataDir, Class<?> mainClass, String... args) throws Exception {
        Process process = JavaProcess.start(dataDir, QUICK, mainClass, args);
        drain(process);
        BufferedReader out = JavaProcess.lines(process);
        List<Long> took = new ArrayList<>();
        long started = 0;
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("START ")) {
                started = System.nanoTime();
            } else if (line.startsWith("DONE ")) {
                took.add(Math.max(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), 50));
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(took).as("operations timed").isNotEmpty();
        return took;
    }

    /** Waits until operation {@code n} has begun. */
    public void awaitStart(int n) throws InterruptedException {
        await(started, n, "began");
    }

    /** Waits until the app has reported operation {@code n} done. */
    public void awaitDone(int n) throws InterruptedException {
        await(done, n, "was done");
    }

    private void await(AtomicInteger count, int n, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count.get() < n && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(count.get()).as("operation %d %s", n, what).isGreaterThanOrEqualTo(n);
    }

    /**
     * kill -9, and waits until it is gone and all it said is read. Through its handle, since
     * Process.destroyForcibly also closes the pipe, losing a "DONE" line not yet read.
     */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join();
    }

    /** The last operation begun. */
    public int started() {
        return started.get();
    }

    /** How many the app reported done. */
    public int done() {
        return done.get();
    }

    private void follow() {
        try (BufferedReader out = JavaProcess.lines(process)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("START ")) {
                    started.set(Integer.parseInt(line.substring(6)));
                } else if (line.startsWith("DONE ")) {
                    done.set(Integer.parseInt(line.substring(5)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
