package scot.cswo.assurance.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a class of this build in a separate JVM, as a user's second process or a killed one would be. */
public final class JavaProcess {

    private JavaProcess() {
    }

    public record Result(int exitCode, String out, String err) {
    }

    /** Starts {@code mainClass} with the test class path; the caller owns the process. */
    public static Process start(Path dataDir, Class<?> mainClass, String... args) throws IOException {
        return start(dataDir, List.of(), mainClass, args);
    }

    /** The same, with options for the Java runtime itself (such as -Duser.name=…). */
    public static Process start(Path dataDir, List<String> javaOptions, Class<?> mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dcswo.data.dir=" + dataDir,
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** Runs to completion (at most a minute) and collects its output. */
    public static Result run(Path dataDir, Class<?> mainClass, String... args) throws IOException, InterruptedException {
        return finish(start(dataDir, mainClass, args));
    }

    /** The same, with options for the Java runtime itself. */
    public static Result run(Path dataDir, List<String> javaOptions, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        return finish(start(dataDir, javaOptions, mainClass, args));
    }

    public static Result finish(Process process) throws IOException, InterruptedException {
        var out = process.inputReader(StandardCharsets.UTF_8);
        var err = process.errorReader(StandardCharsets.UTF_8);
        StringBuilder errText = new StringBuilder();
        Thread errPump = Thread.ofPlatform().start(() -> err.lines().forEach(l -> errText.append(l).append('\n')));
        String outText = String.join("\n", out.lines().toList());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not finish within a minute");
        }
        errPump.join();
        return new Result(process.exitValue(), outText, errText.toString());
    }

    /** Reads standard output line by line while the process keeps running. */
    public static BufferedReader lines(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
