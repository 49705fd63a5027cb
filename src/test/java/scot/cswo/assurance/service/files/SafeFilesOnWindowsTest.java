package scot.cswo.assurance.service.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.platform.SharingViolations;

/** Writing a file whole while Windows' other programs hold it, or refuse access to it. */
class SafeFilesOnWindowsTest {
    @TempDir
    Path dir;

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private String[] leftIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toArray(String[]::new);
        }
    }

    @Test
    void aFileHeldForAMomentIsStillWrittenWhole() throws IOException {
        Path settings = Files.writeString(dir.resolve("window.properties"), "old");
        SharingViolations indexer = SharingViolations.forFirst(4);

        SafeFiles.write(settings, text("new"), indexer.moves());

        assertThat(settings).hasContent("new");
        assertThat(indexer.refused()).isEqualTo(4);
        assertThat(leftIn(dir)).containsExactly("window.properties");
    }

    @Test
    void aFileThatStaysInUseIsRefusedAsInUseAndLeftAsItWas() throws IOException {
        Path report = Files.writeString(dir.resolve("report.pdf"), "old");

        assertThatThrownBy(() -> SafeFiles.write(report, text("new"), SharingViolations.always(f -> true).moves()))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("in use by another program")
                .hasMessageContaining("It has not been changed");

        assertThat(report).hasContent("old");
        assertThat(leftIn(dir)).containsExactly("report.pdf");
    }

    @Test
    void accessRefusedIsNotCalledAFileOpenElsewhere() throws IOException {
        Path report = dir.resolve("report.pdf");

        assertThatThrownBy(() -> SafeFiles.write(report, text("new"), SharingViolations.accessDenied().moves()))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("read-only")
                .hasMessageContaining("Controlled folder access")
                .hasMessageNotContaining("another program");

        assertThat(leftIn(dir)).isEmpty();
    }
}
