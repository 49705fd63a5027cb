package scot.cswo.assurance.service.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.platform.FileMoves;
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
    void theTemporaryFileIsHiddenFromExplorerButTheFinishedFileIsNot() throws IOException {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "dos").build())) {
            Path documents = Files.createDirectories(windows.getPath("C:\\Users\\jsmith\\Documents"));
            Path report = documents.resolve("Annual report.pdf");
            FileMoves stuck = new FileMoves((from, to, options) -> {
                throw SharingViolations.inUse(from);
            }, file -> {
                throw SharingViolations.inUse(file);
            }, millis -> { });

            assertThatThrownBy(() -> SafeFiles.write(report, text("draft"), stuck)).isInstanceOf(RefusedException.class);
            SafeFiles.write(report, text("final"), FileMoves.standard());

            try (Stream<Path> files = Files.list(documents)) {
                assertThat(files.filter(p -> !p.equals(report))).as("the temporary file a scanner kept")
                        .singleElement().satisfies(left -> assertThat(Files.getAttribute(left, "dos:hidden"))
                                .isEqualTo(true));
            }
            assertThat(Files.getAttribute(report, "dos:hidden")).isEqualTo(false);
            assertThat(report).hasContent("final");
        }
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
