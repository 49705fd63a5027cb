package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.Golden;
import scot.cswo.assurance.testing.JavaProcess;

/**
 * The command line in a Windows console set to code page 850, as most UK consoles are: Java reports
 * it as stdout.encoding, which these runs force. What the console can show reads right; JSON and
 * --out files do not depend on the code page at all.
 */
class CodePage850ConsoleTest {
    private static final Charset CP850 = Charset.forName("Cp850");
    private static final String NOTE = "Siobhán’s audit – part 1…";

    @TempDir
    Path dir;

    private TestApp app;

    @BeforeEach
    void databaseWithEvidenceByName() {
        app = new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22));
        app.cli("--db", db(), "init");
        assertThat(app.cli("--db", db(), "evidence", "add", "--ref", "F1.3", "--date", "2025-11-20", "--note", NOTE)
                .exitCode()).isZero();
    }

    private String db() {
        return dir.resolve("assurance.mv.db").toString();
    }

    /** The command line in another JVM whose standard output is a code-page-850 console; its bytes as written. */
    private byte[] inCodePage850(String... args) throws IOException, InterruptedException {
        Process process = JavaProcess.start(dir.resolve("data"), List.of("-Dstdout.encoding=Cp850",
                "-Dstderr.encoding=Cp850"), Main.class, args);
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }

    @Test
    void statusReasonsShowPlainDashesWhereTheCodePageHasNoEnDash() throws Exception {
        String csv = new String(inCodePage850("--db", db(), "status", "--as-of", "2025-11-22", "--format", "csv"),
                CP850);

        assertThat(csv).contains("for Oct-Dec 2025").doesNotContain("?");
    }

    @Test
    void accentedLettersTheCodePageHasArriveAsThemselvesAndTypographyAsPlainCharacters() throws Exception {
        String csv = new String(inCodePage850("--db", db(), "evidence", "list", "--format", "csv"), CP850);

        assertThat(csv).contains("Siobhán's audit - part 1...");
    }

    @Test
    void jsonIsPlainAsciiSoAnyCodePageReadsTheSameText() throws Exception {
        byte[] json = inCodePage850("--db", db(), "evidence", "list", "--format", "json");

        for (byte b : json) {
            assertThat(b & 0xff).as("every byte of the JSON").isLessThan(0x80);
        }
        assertThat(Golden.parse(new String(json, StandardCharsets.US_ASCII)).get(0).get("note").asText())
                .isEqualTo(NOTE);
    }

    @Test
    void csvWrittenWithOutIsUtf8WithTheMarkExcelReadsAccentsBy() throws Exception {
        Path file = dir.resolve("evidence.csv");

        TestApp.Run run = app.cli("--db", db(), "evidence", "list", "--format", "csv", "--out", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(file.toString());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xef, 0xbb, 0xbf);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(NOTE);
    }
}
