package scot.cswo.assurance.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import scot.cswo.assurance.testing.Display;
import scot.cswo.assurance.testing.Folders;

/**
 * The benchmark harness ({@code mvn -Pbench verify}): builds the benchmark databases, runs the seven
 * measurements each beside a floor measured in the same run on the same machine, writes
 * target/bench/results.json, prints the table and rewrites the README's Performance table from it.
 */
public final class BenchMain {
    private static final String START = "<!-- performance:start (written by mvn -Pbench verify; do not edit) -->";
    private static final String END = "<!-- performance:end -->";
    private static final int RUNS = 5;

    private final Path project;
    private final Path work;
    private final Path image;
    private Path plainImage;
    private final Map<String, String> display = new HashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final LocalDate today = LocalDate.now();
    private Path dundee;
    private Path scale;

    private BenchMain(Path project) {
        this.project = project;
        this.work = project.resolve("target/bench");
        this.image = project.resolve("target/installer/image/cswo-assurance");
    }

    public static void main(String[] args) throws Exception {
        new BenchMain(Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize()).run();
        System.exit(0);
    }

    private void run() throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        Display screen = Display.open();
        display.put("DISPLAY", screen.name());
        try {
            dundee = work.resolve("dundee/assurance.mv.db");
            scale = work.resolve("scale/assurance.mv.db");
            long started = System.nanoTime();
            BenchData.dundeeFiveYears(dundee, today);
            if (wanted("scale-open") || wanted("jmh") || wanted("filter") || wanted("memory")) {
                BenchData.scale(scale, today);
            }
            System.out.printf("Benchmark data built in %.0f s%n", (System.nanoTime() - started) / 1e9);
            plainImage = withoutStartUpCache();

            measure("startup", this::startup);
            measure("cli", this::cliStatus);
            measure("scale-open", this::openAtScale);
            measure("jmh", this::inProcess);
            measure("report", this::reportWholeProcess);
            measure("filter", this::filter);
            measure("memory", this::memory);
        } finally {
            screen.close();
        }
        write();
    }

    private void measure(String name, Callable<List<Figure>> probe) {
        if (!wanted(name)) {
            return;
        }
        try {
            figures.addAll(probe.call());
        } catch (Exception | Error e) {
            figures.add(Figure.notMeasured(name, name, e.toString().lines().findFirst().orElse("")));
            e.printStackTrace();
        }
    }

    // 1. Start-up to the first frame of the matrix, against plain JavaFX windows, with and without an AOT cache.
    private List<Figure> startup() throws Exception {
        List<Figure> result = new ArrayList<>();
        Path guiData = Files.createDirectories(work.resolve("gui-data"));
        Files.writeString(guiData.resolve("window.properties"), "x=0\ny=0\nwidth=1280\nheight=820\nmaximised=false\n");
        for (boolean aot : List.of(false, true)) {
            String suffix = aot ? " (AOT cache)" : " (no AOT cache)";
            Path app = (aot ? image : plainImage).resolve("bin/cswo-assurance");
            double appMs = Runs.median(RUNS, List.of(app.toString(), "--db", dundee.toString()),
                    appEnvironment(guiData, "-Dcswo.bench.firstFrame=true"), "CSWO_FIRST_FRAME");
            List<String> table = floorCommand("table", aot);
            double tableFloor = Runs.median(RUNS, table, display, "FLOOR_FIRST_FRAME");
            List<String> label = floorCommand("label", aot);
            double labelFloor = Runs.median(RUNS, label, display, "FLOOR_FIRST_FRAME");
            result.add(new Figure("startup" + (aot ? "-aot" : ""), "Start-up to the Dundee matrix on screen" + suffix,
                    appMs, "ms", "JavaFX window with a 500 × 6 table" + suffix, tableFloor, 1.2, true,
                    "packaged launcher to first laid-out frame with the matrix, Xvfb, software rendering; median of "
                    + RUNS));
            result.add(new Figure("startup-label" + (aot ? "-aot" : ""), "Bare JavaFX window with one label" + suffix,
                    labelFloor, "ms", null, null, null, false, "context"));
        }
        return result;
    }

    // 2. The whole `status --format json` process against a plain JDBC program.
    private List<Figure> cliStatus() throws Exception {
        List<String> floor = List.of(runtimeJava(), "-cp", project.resolve("target/cswo-assurance/lib/h2-2.4.240.jar")
                + File.pathSeparator + project.resolve("target/test-classes"), JdbcFloor.class.getName(),
                dundee.toString());
        double floorMs = Runs.median(7, floor, Map.of(), null);
        List<Figure> result = new ArrayList<>();
        for (boolean aot : List.of(false, true)) {
            List<String> status = List.of((aot ? image : plainImage).resolve("bin/cswo-assurance-cli").toString(),
                    "--db", dundee.toString(), "status", "--format", "json");
            result.add(new Figure("cli-status" + (aot ? "-aot" : ""), "CLI status, whole process"
                    + (aot ? " (AOT cache)" : " (no AOT cache)"), Runs.median(7, status,
                    appEnvironment(work.resolve("cli-data"), ""), null), "ms",
                    "JDBC: open the file, one indexed query, exit", floorMs, 1.5, true,
                    "Dundee with five years of evidence, packaged launcher; median of 7"));
        }
        return result;
    }

    // 3a. Opening the 50,000-mechanism database in a fresh JVM.
    private List<Figure> openAtScale() throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Runs.Run run = Runs.once(List.of(java(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    OpenTimer.class.getName(), scale.toString()), Map.of(), null, null);
            millis.add(Double.parseDouble(run.lines().getLast().strip()));
        }
        return List.of(new Figure("scale-open", "Open the 50,000-mechanism database and load its matrix",
                Runs.median(millis), "ms", null, null, 2000.0, false, "fresh JVM each time; median of 3"));
    }

    // 3b, 4 (warm), 6: in-process figures with JMH.
    private List<Figure> inProcess() throws Exception {
        if (InProcess.class.getResource("/META-INF/BenchmarkList") == null) {
            throw new IllegalStateException("the JMH benchmark list was not generated: the tests were compiled"
                    + " without the bench profile; run mvn -Pbench clean verify");
        }
        var options = new OptionsBuilder().include(InProcess.class.getName() + "\\.")
                .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx2g", "-Dbench.scale=" + scale, "-Dbench.dundee=" + dundee,
                        "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true")
                .build();
        Map<String, RunResult> results = new HashMap<>();
        for (RunResult result : new Runner(options).run()) {
            String name = result.getParams().getBenchmark();
            results.put(name.substring(name.lastIndexOf('.') + 1), result);
        }
        double status = score(results, "statusAtScale");
        double query = score(results, "latestEvidenceQuery");
        double report = score(results, "reportWarm");
        double openPdf = score(results, "openPdfFloor");
        var save = results.get("durableSave").getPrimaryResult().getStatistics();
        return List.of(
                new Figure("scale-status", "Status of all 50,000 mechanisms, warm (matrix loaded)", status, "ms",
                        "one indexed latest-evidence-per-mechanism query", query, 250.0, false,
                        "5,000,000 evidence records; JMH average"),
                new Figure("report-warm", "Annual report PDF (PDF/UA), warm", report, "ms",
                        "OpenPDF, 40 untagged pages with a vector chart", openPdf, 300.0, false,
                        "Dundee, a year of evidence; JMH average"),
                new Figure("save-p50", "Durable save, median", save.getPercentile(50), "ms", null, null, null, false,
                        "recording one evidence item through the service, forced to disk; JMH sample time"),
                new Figure("save-p95", "Durable save, 95th percentile", save.getPercentile(95), "ms", null, null, 5.0,
                        false, "JMH sample time"));
    }

    private static double score(Map<String, RunResult> results, String benchmark) {
        return results.get(benchmark).getPrimaryResult().getScore();
    }

    // 4. The whole `report` process, against LibreOffice converting the same report as .docx.
    private List<Figure> reportWholeProcess() throws Exception {
        int year = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        String label = year + "-" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
        Path pdf = work.resolve("report.pdf");
        Path html = work.resolve("report.html");
        List<String> report = List.of(cli(), "--db", dundee.toString(), "report", "--year", label, "--out",
                pdf.toString(), "--html", html.toString());
        double ours = Runs.median(3, report, appEnvironment(work.resolve("cli-data"), ""), null);
        String office = Stream.of("soffice", "libreoffice").filter(BenchMain::onPath).findFirst().orElse(null);
        if (office == null) {
            return List.of(new Figure("report-process", "Annual report, whole process", ours, "ms", null, null, null,
                    false, "not compared: LibreOffice is not installed (apt-get install libreoffice-writer)"));
        }
        Path docx = work.resolve("office/report.docx");
        Files.createDirectories(docx.getParent());
        Runs.once(List.of(office, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                docx.getParent().toString(), html.toString()), Map.of(), null, null);
        double incumbent = Runs.median(3, List.of(office, "--headless", "--convert-to", "pdf", "--outdir",
                work.resolve("office/pdf").toString(), docx.toString()), Map.of(), null);
        return List.of(new Figure("report-process", "Annual report, whole process", ours, "ms",
                "LibreOffice converting the same report (.docx) to PDF", incumbent, 0.6, true,
                "cold JVM, render and write PDF/UA and HTML; median of 3"));
    }

    // 5. A keystroke in the matrix search with 50,000 rows.
    private List<Figure> filter() throws Exception {
        Runs.Run run = Runs.once(List.of(java(), "-Xmx1g", "-Dprism.order=sw", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), FilterProbe.class.getName(), scale.toString(),
                "mechanism number 4"), display, null, null);
        List<Double> keystrokes = run.lines().stream().filter(l -> l.startsWith("KEY "))
                .map(l -> Double.parseDouble(l.substring(4))).toList();
        if (keystrokes.isEmpty()) {
            throw new IllegalStateException("the search probe printed no keystrokes; its output ends: "
                    + String.join(" / ", run.lines().subList(Math.max(0, run.lines().size() - 3), run.lines().size())));
        }
        return List.of(new Figure("filter", "Search keystroke at 50,000 rows, median", Runs.median(keystrokes),
                        "ms", null, null, 50.0, false, "key to filtered, laid-out table; "
                        + keystrokes.size() + " keystrokes"),
                new Figure("filter-worst", "Search keystroke at 50,000 rows, slowest", keystrokes.stream()
                        .max(Comparator.naturalOrder()).orElseThrow(), "ms", null, null, null, false, "context"));
    }

    // 7. Peak memory: the window after every screen, and the CLI at scale within -Xmx256m.
    private List<Figure> memory() throws Exception {
        Path guiData = work.resolve("gui-data");
        Runs.Run gui = Runs.once(List.of(image.resolve("bin/cswo-assurance").toString(), "--db", dundee.toString()),
                appEnvironment(guiData, "-Dcswo.bench.visitScreens=true"),
                "CSWO_PEAK_RSS_KB", null);
        double guiMb = gui.lines().stream().filter(l -> l.startsWith("CSWO_PEAK_RSS_KB")).findFirst()
                .map(l -> Double.parseDouble(l.substring(17).strip()) / 1024).orElseThrow();
        Runs.Run cli = Runs.once(List.of("/usr/bin/time", "-f", "PEAK_KB %M", cli(), "--db", scale.toString(),
                "status", "--format", "json"), appEnvironment(work.resolve("cli-data"), "-Xmx256m"), null, null);
        double cliMb = cli.lines().stream().filter(l -> l.startsWith("PEAK_KB")).findFirst()
                .map(l -> Double.parseDouble(l.substring(8).strip()) / 1024).orElseThrow();
        boolean finished = cli.exitCode() == 0 && cli.lines().stream().noneMatch(l -> l.contains("OutOfMemoryError"));
        // What JavaFX alone takes on this machine's graphics stack, with the same runtime and aids.
        List<String> floor = new ArrayList<>(List.of("/usr/bin/time", "-f", "PEAK_KB %M"));
        floor.addAll(floorCommand("table", true));
        double floorMb = Runs.once(floor, display, null, null).lines().stream().filter(l -> l.startsWith("PEAK_KB"))
                .findFirst().map(l -> Double.parseDouble(l.substring(8).strip()) / 1024).orElseThrow();
        return List.of(new Figure("memory-gui", "Window peak memory after opening every screen", guiMb, "MB",
                        "JavaFX window with a 500 × 6 table (AOT cache)", floorMb, 250.0, false,
                        "peak resident set (VmHWM), Dundee"),
                new Figure("memory-cli-scale", "CLI status at 50,000 mechanisms with -Xmx256m, peak memory", cliMb,
                        "MB", null, null, null, false, finished ? "finished without running out of memory"
                        : "did not finish: " + String.join(" ", cli.lines().stream().limit(3).toList()),
                        "finishes within -Xmx256m", finished));
    }

    private Map<String, String> appEnvironment(Path dataDir, String options) {
        Map<String, String> environment = new HashMap<>(display);
        environment.put("JAVA_TOOL_OPTIONS", ("-Dcswo.data.dir=" + dataDir + " -Dprism.order=sw " + options).strip());
        return environment;
    }

    /** A plain JavaFX window on the packaged app's own runtime, with an AOT cache trained for it if asked. */
    private List<String> floorCommand(String kind, boolean aot) throws Exception {
        List<String> command = new ArrayList<>(List.of(runtimeJava(), "--enable-native-access=javafx.graphics",
                "-Dprism.order=sw", "-cp", project.resolve("target/test-classes").toString(),
                FloorWindows.class.getName(), kind));
        if (aot) {
            Path cache = work.resolve("aot/" + kind + ".aot");
            Files.createDirectories(cache.getParent());
            List<String> training = new ArrayList<>(command);
            training.add(1, "-XX:AOTCacheOutput=" + cache);
            Runs.once(training, display, "FLOOR_FIRST_FRAME", null);
            command.add(1, "-XX:AOTCache=" + cache);
        }
        return command;
    }

    /** A copy of the app-image whose launchers do not use its AOT cache: the "without" figures. */
    private Path withoutStartUpCache() throws IOException {
        Path copy = work.resolve("image-without-aot/cswo-assurance");
        Folders.copyKeepingTimes(image, copy, file -> !file.getFileName().toString().endsWith(".aot"));
        try (Stream<Path> configs = Files.list(copy.resolve("lib/app"))) {
            for (Path config : configs.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                Files.write(config, Files.readAllLines(config).stream().filter(l -> !l.contains("AOTCache")).toList());
            }
        }
        return copy;
    }

    private String cli() {
        return image.resolve("bin/cswo-assurance-cli").toString();
    }

    private String runtimeJava() {
        return image.resolve("lib/runtime/bin/java").toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** CSWO_BENCH_ONLY=startup,cli measures only those, to compare two builds; the README is then left alone. */
    private static boolean wanted(String name) {
        String only = System.getenv("CSWO_BENCH_ONLY");
        return only == null || only.isBlank() || List.of(only.split(",")).contains(name);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private void write() throws IOException {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("measured", OffsetDateTime.now().toString());
        results.put("machine", machine());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", f.key());
            row.put("title", f.title());
            row.put("value", f.value());
            row.put("unit", f.unit());
            row.put("floor", f.floorTitle());
            row.put("floorValue", f.floor());
            row.put("ratio", f.ratio());
            row.put("target", f.target());
            row.put("met", f.met());
            row.put("note", f.note());
            rows.add(row);
        }
        results.put("figures", rows);
        Path json = work.resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
        String table = PerformanceTable.markdown(machine(), figures);
        System.out.println(table);
        Path readme = project.resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        boolean everything = System.getenv("CSWO_BENCH_ONLY") == null || System.getenv("CSWO_BENCH_ONLY").isBlank();
        if (everything && start >= 0 && end > start) {
            Files.writeString(readme, text.substring(0, start + START.length()) + "\n" + table
                    + text.substring(end), StandardCharsets.UTF_8);
            System.out.println("Wrote " + json + " and the README's Performance table.");
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException ignored) {
            // Not Linux: the CPU stays unnamed.
        }
        long memory = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize()
                / 1024 / 1024 / 1024;
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + " GB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.runtime.version");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
