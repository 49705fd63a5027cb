package scot.cswo.assurance.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/**
 * A document saved from an email carries Windows' Mark of the Web (the Zone.Identifier stream), so
 * Word opens it in Protected View; the app's copy keeps it. Java gives that stream as a user-defined
 * attribute on Windows, and the same calls use extended attributes on Linux, where this runs.
 */
@Tag("embedded")
class MarkOfTheWebTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final String ZONE = "Zone.Identifier";
    private static final String INTERNET = "[ZoneTransfer]\r\nZoneId=3\r\nHostUrl=https://mail.example/\r\n";

    @TempDir
    Path dir;

    private static UserDefinedFileAttributeView streams(Path file) {
        return Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
    }

    private static String zone(Path file) throws IOException {
        if (!streams(file).list().contains(ZONE)) {
            return null;
        }
        ByteBuffer mark = ByteBuffer.allocate(streams(file).size(ZONE));
        streams(file).read(ZONE, mark);
        return new String(mark.array(), StandardCharsets.US_ASCII);
    }

    private Attachment attach(Path file) {
        try (Workspace workspace = Dundee.open(dir.resolve("app"), TODAY)) {
            return workspace.evidence().record(new Ref("F3.7"), new EvidenceInput(TODAY, "Minute", null, null, null,
                    null, List.of(file))).attachments().getFirst();
        }
    }

    private Path kept(Attachment attachment) {
        try (Workspace workspace = Dundee.open(dir.resolve("app"), TODAY)) {
            return workspace.evidence().attachmentFile(attachment);
        }
    }

    @Test
    void theCopyOfADocumentFromTheInternetKeepsItsZoneIdentifier() throws IOException {
        Path minute = Files.writeString(dir.resolve("minute.docx"), "minute");
        assumeTrue(Files.getFileStore(minute).supportsFileAttributeView(UserDefinedFileAttributeView.class),
                "this file system has no extended attributes");
        streams(minute).write(ZONE, ByteBuffer.wrap(INTERNET.getBytes(StandardCharsets.US_ASCII)));

        Path copy = kept(attach(minute));

        assertThat(zone(copy)).isEqualTo(INTERNET);
    }

    @Test
    void aDocumentWithoutAMarkIsCopiedWithoutOne() throws IOException {
        Path minute = Files.writeString(dir.resolve("minute.docx"), "minute");
        assumeTrue(Files.getFileStore(minute).supportsFileAttributeView(UserDefinedFileAttributeView.class),
                "this file system has no extended attributes");

        Path copy = kept(attach(minute));

        assertThat(zone(copy)).isNull();
        assertThat(copy).hasContent("minute");
    }
}
