package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;

/**
 * The HTML editions of the annual report and the quarterly pack as a reader's browser shows them:
 * headless Chromium with axe-core (ADR 24), at a desktop width and at 320 CSS pixels (WCAG 1.4.10,
 * reflow). CI sets {@value #REQUIRED_VARIABLE}, so there a missing browser or Node fails the build;
 * elsewhere the tests are skipped with the reason until {@code npm ci} has been run in src/test/js.
 */
class ReportInBrowserTest {
    static final String REQUIRED_VARIABLE = "CSWO_BROWSER_TESTS_REQUIRED";
    private static final Path SCRIPTS = Path.of("src", "test", "js");
    private static final Path PAGES = Path.of("target", "browser-checks");
    private static final String REPORT = "annual-report.html";
    private static final String PACK = "quarterly-pack.html";
    private static final List<Integer> WIDTHS = List.of(1280, 320);
    @TempDir
    static Path dir;
    private static final List<JsonNode> results = new ArrayList<>();

    /** Why the check cannot run on this machine, or null when it can. */
    private static String missing;

    @BeforeAll
    static void openBothEditionsInChromium() throws Exception {
        String chromium = chromium();
        requireThat(Files.isDirectory(SCRIPTS.resolve("node_modules/puppeteer-core")),
                "src/test/js/node_modules is missing: run `npm ci` in src/test/js");
        requireThat(runs("node", "--version"), "Node.js (`node`) is not on the PATH");
        if (missing != null) {
            return;
        }

        // Kept under target so an engineer can open exactly the pages that were checked.
        Files.createDirectories(PAGES);
        try (Workspace workspace = KnownYear.open(dir)) {
            // A narrative table must reflow at 320 px like the report's own.
            workspace.report().saveTexts(KnownYear.YEAR, Map.of(),
                    Map.of(ReportSection.RESOURCES.textKey(), KnownYear.RESOURCES));
            Files.write(PAGES.resolve(REPORT),
                    new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).html());
            Files.write(PAGES.resolve(PACK), new QuarterlyReview(workspace.report().quarterly(new Quarter(2024, 4))).html());
        }
        List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve("check-pages.js").toString(), chromium,
                String.join(",", WIDTHS.stream().map(String::valueOf).toList())));
        command.add(PAGES.resolve(REPORT).toString());
        command.add(PAGES.resolve(PACK).toString());
        Path out = dir.resolve("results.jsonl");
        Path err = dir.resolve("errors.txt");
        Process node = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!node.waitFor(5, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            fail("The browser check did not finish in 5 minutes: " + Files.readString(err));
        }
        assertThat(node.exitValue()).as("check-pages.js failed: %s", Files.readString(err)).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            results.add(json.readTree(line));
        }
        assertThat(results).hasSize(2 * WIDTHS.size());
    }

    @Test
    void theAnnualReportHasNoAxeViolationsAtDesktopWidthOr320Pixels() {
        assertNoViolations(REPORT);
    }

    @Test
    void theAnnualReportNeverScrollsSidewaysAtDesktopWidthOr320Pixels() {
        assertNoSidewaysScroll(REPORT);
    }

    @Test
    void theQuarterlyPackHasNoAxeViolationsAtDesktopWidthOr320Pixels() {
        assertNoViolations(PACK);
    }

    @Test
    void theQuarterlyPackNeverScrollsSidewaysAtDesktopWidthOr320Pixels() {
        assertNoSidewaysScroll(PACK);
    }

    private static void assertNoViolations(String file) {
        for (JsonNode page : pages(file)) {
            assertThat(page.get("violations")).as("axe-core violations in %s at %s px", file, page.get("width"))
                    .isEmpty();
        }
    }

    private static void assertNoSidewaysScroll(String file) {
        for (JsonNode page : pages(file)) {
            assertThat(page.get("scrollWidth").asInt()).as("page width of %s at %s px", file, page.get("width"))
                    .isLessThanOrEqualTo(page.get("innerWidth").asInt());
        }
    }

    private static List<JsonNode> pages(String file) {
        Assumptions.assumeTrue(missing == null, () -> "Skipped the browser check: " + missing);
        List<JsonNode> pages = results.stream().filter(r -> r.get("file").asText().equals(file)).toList();
        assertThat(pages).extracting(p -> p.get("width").asInt()).containsExactlyElementsOf(WIDTHS);
        return pages;
    }

    /** The system Chromium: $CSWO_CHROMIUM, or where Debian and Ubuntu put it. */
    private static String chromium() {
        String named = System.getenv("CSWO_CHROMIUM");
        Stream<String> candidates = named != null ? Stream.of(named)
                : Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        String found = candidates.filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
        requireThat(found != null, "no Chromium at /usr/bin/chromium (or set CSWO_CHROMIUM)");
        return found == null ? "chromium" : found;
    }

    /** Fails in CI, where the browser check must run; skips elsewhere with what to install. */
    private static void requireThat(boolean present, String what) {
        if (present) {
            return;
        }
        if (System.getenv(REQUIRED_VARIABLE) != null) {
            fail("The browser check cannot run: " + what + " (" + REQUIRED_VARIABLE + " is set, as in .ci/run)");
        }
        System.err.println("ReportInBrowserTest: skipped the browser check: " + what);
        if (missing == null) {
            missing = what;
        }
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
