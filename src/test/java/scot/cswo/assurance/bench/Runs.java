package scot.cswo.assurance.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Whole-process timings: wall time from start to a marker line (or to exit), repeated, median taken. */
final class Runs {
    private Runs() {
    }

    /** What one run printed and how long it took. */
    record Run(double millis, List<String> lines, int exitCode) {
    }

    /**
     * Runs a command to completion; {@code marker} (if not null) ends the timing when printed.
     * Fails if it does not finish in two minutes.
     */
    static Run once(List<String> command, Map<String, String> environment, String marker, Path directory)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        double millis = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (marker != null && millis < 0 && line.startsWith(marker)) {
                    millis = (System.nanoTime() - start) / 1e6;
                }
                lines.add(line);
            }
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("did not finish in two minutes: " + command);
        }
        if (marker == null) {
            millis = (System.nanoTime() - start) / 1e6;
        } else if (millis < 0) {
            throw new IllegalStateException("never printed " + marker + ": " + String.join("\n", lines));
        }
        return new Run(millis, lines, process.exitValue());
    }

    /** The median of {@code times} runs after one discarded warm-up run (disk cache, JIT of the OS). */
    static double median(int times, List<String> command, Map<String, String> environment, String marker)
            throws IOException, InterruptedException {
        Run warmUp = once(command, environment, marker, null);
        if (marker == null && warmUp.exitCode() != 0) {
            throw new IllegalStateException("failed: " + String.join("\n", warmUp.lines()));
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            millis.add(once(command, environment, marker, null).millis());
        }
        return median(millis);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
