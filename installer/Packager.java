import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the packaged app from the distribution that {@code mvn package} assembled in
 * target/cswo-assurance: a trimmed runtime (jlink), the app-image (jpackage), the start-up cache
 * trained on that image, and the installers asked for (deb on Linux, msi on Windows).
 *
 * <p>Run by Maven (profile "installer"): {@code java installer/Packager.java PROJECT VERSION TYPES},
 * TYPES being a comma-separated list of app-image, deb and msi. See installer/README.md.
 */
public final class Packager {
    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");
    private static final String CACHE = "cswo-assurance.aot";

    private final Path project;
    private final String version;
    private final Path work;
    private final Path jdk = Path.of(System.getProperty("java.home"));

    private Packager(Path project, String version) {
        this.project = project;
        this.version = version;
        this.work = project.resolve("target/installer");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java installer/Packager.java PROJECT VERSION app-image[,deb|,msi]");
            System.exit(2);
        }
        List<String> types = List.of(args[2].split(","));
        new Packager(Path.of(args[0]).toAbsolutePath().normalize(), args[1]).build(types);
    }

    private void build(List<String> types) throws Exception {
        Path dist = project.resolve("target/cswo-assurance/lib");
        if (!Files.isDirectory(dist)) {
            fail("target/cswo-assurance is missing: run the package phase (mvn package) first.");
        }
        deleteTree(work);
        Path input = Files.createDirectories(work.resolve("input"));
        try (Stream<Path> jars = Files.list(dist)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path runtime = work.resolve("runtime");
        tool("jlink", "@installer/jlink.args", "--module-path", dist.resolve("javafx").toString(),
                "--output", runtime.toString());

        Path images = work.resolve("image");
        tool("jpackage", "@installer/jpackage/metadata.args", "@installer/jpackage/app-image.args",
                "@installer/jpackage/" + (WINDOWS ? "windows" : "linux")
                + ".args", "--type", "app-image", "--app-version", version, "--input", input.toString(),
                "--main-jar", "cswo-assurance-" + version + ".jar", "--runtime-image", runtime.toString(),
                "--dest", images.toString());
        Path image;
        try (Stream<Path> made = Files.list(images)) {
            image = made.findFirst().orElseThrow();
        }
        trainStartUpCache(image);
        System.out.printf(Locale.ROOT, "Packager: app-image %s, %.0f MB%n", image, size(image) / 1e6);

        for (String type : types) {
            if (type.equals("app-image")) {
                continue;
            }
            if (!type.equals(WINDOWS ? "msi" : "deb")) {
                fail("cannot build a " + type + " on " + System.getProperty("os.name"));
            }
            Path out = work.resolve("dist");
            tool("jpackage", "@installer/jpackage/metadata.args", "@installer/jpackage/" + type + ".args",
                    "--type", type, "--app-version", version, "--app-image", image.toString(),
                    "--dest", out.toString());
            try (Stream<Path> made = Files.list(out)) {
                for (Path installer : made.toList()) {
                    System.out.printf(Locale.ROOT, "Packager: %s, %.0f MB%n", installer, Files.size(installer) / 1e6);
                }
            }
        }
    }

    /**
     * Runs the packaged app once with the JDK's AOT cache recording (JEP 483/514/515): the window on
     * a fresh Dundee database until the matrix is on screen, or, without a display, the command
     * line's status. The cache goes beside the app's jars and every launcher is told to use it; it
     * only fits this runtime and these jars, so it is made after them, here.
     */
    private void trainStartUpCache(Path image) throws Exception {
        Path appDir = image.resolve(WINDOWS ? "app" : "lib/app");
        Path cli = WINDOWS ? image.resolve("cswo-assurance-cli.exe") : image.resolve("bin/cswo-assurance-cli");
        Path training = Files.createDirectories(work.resolve("training"));
        String database = training.resolve("assurance.mv.db").toString();
        run(List.of(cli.toString(), "--db", database, "init"), training, Map.of("JAVA_TOOL_OPTIONS",
                "-Dcswo.data.dir=data"));

        Map<String, String> display = new HashMap<>();
        Process xvfb = WINDOWS ? null : display(display);
        try {
            // Relative paths: JAVA_TOOL_OPTIONS cannot quote a path with spaces in it.
            String record = "-XX:AOTCacheOutput=" + CACHE + " -Dcswo.data.dir=data";
            boolean window = WINDOWS || !display.isEmpty();
            if (window) {
                Map<String, String> environment = new HashMap<>(display);
                environment.put("JAVA_TOOL_OPTIONS", record + " -Dcswo.bench.firstFrame=true");
                window = run(List.of(cli.toString(), "--db", database), training, environment)
                        .contains("CSWO_FIRST_FRAME");
            }
            if (!window) {
                System.out.println("Packager: no display, so the start-up cache covers the command line only.");
                run(List.of(cli.toString(), "--db", database, "status", "--format", "json"), training,
                        Map.of("JAVA_TOOL_OPTIONS", record));
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor();
            }
        }
        Path cache = training.resolve(CACHE);
        if (!Files.isRegularFile(cache)) {
            fail("the training run did not write " + cache);
        }
        Files.move(cache, appDir.resolve(CACHE));
        try (Stream<Path> configs = Files.list(appDir)) {
            for (Path config : configs.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                String text = Files.readString(config, StandardCharsets.UTF_8);
                Files.writeString(config, text.stripTrailing() + "\njava-options=-XX:AOTCache=$APPDIR/" + CACHE + "\n",
                        StandardCharsets.UTF_8);
            }
        }
    }

    /** The display for the training run: the current one, else a private Xvfb if installed. */
    private static Process display(Map<String, String> display) throws IOException, InterruptedException {
        String current = System.getenv("DISPLAY");
        if (current != null && !current.isBlank()) {
            display.put("DISPLAY", current);
            return null;
        }
        boolean xvfb = Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "Xvfb")));
        if (!xvfb) {
            return null;
        }
        // -displayfd: Xvfb picks a free display itself and says which.
        Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = server.inputReader(StandardCharsets.UTF_8).readLine();
        if (number == null || number.isBlank()) {
            server.destroy();
            return null;
        }
        display.put("DISPLAY", ":" + number.strip());
        return server;
    }

    private void tool(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(jdk.resolve("bin").resolve(WINDOWS ? name + ".exe" : name).toString());
        command.addAll(List.of(args));
        run(command, project, Map.of());
    }

    /** Runs a command to the end (ten minutes at most: a loaded build machine), echoing and returning what it printed. */
    private static String run(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        System.out.println("Packager: " + String.join(" ", command));
        Path log = Files.createTempFile("packager", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (!finished) {
            fail("did not finish in ten minutes: " + command + "\n" + output);
        }
        System.out.print(output);
        if (process.exitValue() != 0) {
            fail(command.getFirst() + " failed (exit " + process.exitValue() + ")");
        }
        return output;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void fail(String message) {
        System.err.println("Packager: " + message);
        System.exit(1);
    }
}
