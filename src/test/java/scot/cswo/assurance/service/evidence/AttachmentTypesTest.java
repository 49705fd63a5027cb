package scot.cswo.assurance.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/** Evidence carries documents: a file of any other type is refused, naming it, and nothing is recorded. */
class AttachmentTypesTest {
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

    private Path file(String name) throws IOException {
        return Files.writeString(Files.createDirectories(dir.resolve("incoming")).resolve(name), "content");
    }

    @ParameterizedTest
    @ValueSource(strings = {"help.chm", "disk.iso", "disk.vhdx", "addin.xll", "minute.docm", "figures.xlsm",
        "app.msix", "search.library-ms", "invoice.exe", "README", "minute.pdf.js"})
    void aFileThatIsNoDocumentIsRefusedNamingItAndNothingIsRecorded(String name) throws IOException {
        Path file = file(name);
        int before = workspace.evidence().list(Optional.of(new Ref("F3.7")), true).size();

        assertThatThrownBy(() -> workspace.evidence().record(new Ref("F3.7"), new EvidenceInput(TODAY, "Minute", null,
                null, null, null, List.of(file))))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems().getFirst().describe())
                        .contains(file.toString(), "cannot be attached", "PDF, Word, Excel"));
        assertThat(workspace.evidence().list(Optional.of(new Ref("F3.7")), true)).hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"minute.PDF", "report.docx.", "figures.xlsx", "scan.jpeg", "email.msg", "returns.csv"})
    void documentsSpreadsheetsEmailsAndPicturesAreAttached(String name) throws IOException {
        var saved = workspace.evidence().record(new Ref("F3.7"), new EvidenceInput(TODAY, "Minute", null, null, null,
                null, List.of(file(name))));

        assertThat(saved.attachments()).hasSize(1);
    }
}
