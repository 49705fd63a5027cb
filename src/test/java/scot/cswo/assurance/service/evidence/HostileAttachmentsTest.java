package scot.cswo.assurance.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/**
 * Attachments whose names try to escape the app's folder, pose as devices, hide their type or
 * would run when opened: each is kept under a generated name inside the app's own folder, with
 * an extension Windows will not run, and its name shown without disguises.
 */
class HostileAttachmentsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Dundee.open(dir.resolve("app"), TODAY);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @ParameterizedTest
    // Names that are no document type at all ("..", "CON", "invoice.exe", "minute\\u202Excod.exe") are refused
    // since the allow-list of issue 22 (AttachmentTypesTest); what is left must still be kept safely.
    @ValueSource(strings = {"..\\\\..\\\\Windows\\\\minute.txt", "\\\\\\\\server\\\\share\\\\minute.docx",
        "C:\\\\Windows\\\\System32\\\\drivers\\\\etc\\\\hosts.txt", "NUL.txt", "COM1.docx", "report.docx.",
        "minute\\u202Excod.pdf", "tab\\there.pdf",
        "a-very-long-name-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.pdf"})
    void aHostileNameIsKeptSafelyInsideTheAppsFolder(String name) throws IOException {
        Path source = source(name);

        var saved = workspace.evidence().record(new Ref("F3.7"), new EvidenceInput(TODAY, "Minute", null, null, null,
                null, List.of(source)));

        Attachment kept = saved.attachments().getFirst();
        assertThat(kept.storedName()).matches("[0-9a-f-]{36}\\.[a-z0-9]{1,10}");
        assertThat(kept.storedName()).doesNotEndWith(".exe").doesNotEndWith(".msi").doesNotEndWith(".ps1")
                .doesNotEndWith(".lnk");
        assertThat(kept.originalName()).doesNotContain("\u202E", "\t", "/", "\\").hasSizeLessThanOrEqualTo(200)
                .isNotBlank();
        Path copy = workspace.evidence().attachmentFile(kept);
        assertThat(copy.normalize().startsWith(dir.resolve("app").normalize())).isTrue();
        assertThat(copy).hasContent("attachment content");
    }

    /** A real file whose own name is as hostile as this file system allows. */
    private Path source(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("incoming").resolve(Long.toString(System.nanoTime())));
        String onDisk = name.equals("..") || name.equals("...") ? "dots" + name : name.replace('/', '_');
        Path file = folder.resolve(onDisk.length() > 250 ? onDisk.substring(0, 246) + ".pdf" : onDisk);
        Files.writeString(file, "attachment content");
        return file;
    }
}
