package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.Snapshot;

/** Text files in the encodings Excel and Windows write, read as the user wrote them or refused, never garbled. */
class FileEncodingsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final String MATRIX = """
            Function\tFunction title\tAssurance mechanism\tLead\tFrequency
            1\tProfessional advice.\tMembership of IJB\tRen\u00e9e Laird / Siobh\u00e1n \u00d3 Briain\tQuarterly
            1\t\tR\u00e9sum\u00e9 of audits \u2013 2025\tJane Martin\tAnnually
            """.replace("\n", "\r\n");

    @TempDir
    Path dir;

    private static MatrixDraft read(String name, byte[] bytes) {
        return MatrixFileReader.read(name, bytes).draft();
    }

    private static byte[] withBom(Charset charset) {
        return ("\ufeff" + MATRIX).getBytes(charset);
    }

    private static void assertReadAsWritten(MatrixDraft draft) {
        assertThat(draft.mechanisms()).extracting(MatrixDraft.MechanismDraft::description)
                .containsExactly("Membership of IJB", "R\u00e9sum\u00e9 of audits \u2013 2025");
        assertThat(draft.mechanisms().getFirst().leads()).extracting(MatrixDraft.LeadDraft::name)
                .containsExactly("Ren\u00e9e Laird", "Siobh\u00e1n \u00d3 Briain");
    }

    @Test
    void excelsUnicodeTextIsReadTabsAccentsAndAll() {
        // Excel's "Unicode Text (*.txt)": UTF-16, little-endian, with a byte-order mark, tab-separated.
        assertReadAsWritten(read("matrix.txt", withBom(StandardCharsets.UTF_16LE)));
    }

    @Test
    void bigEndianUtf16IsReadToo() {
        assertReadAsWritten(read("matrix.txt", withBom(StandardCharsets.UTF_16BE)));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() {
        assertReadAsWritten(read("matrix.csv", MATRIX.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void aUnicodeTextFileImportsThroughThePreviewAndSavesNothingUntilApplied() throws Exception {
        Path file = Files.write(dir.resolve("matrix.txt"), withBom(StandardCharsets.UTF_16LE));
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            assertReadAsWritten(workspace.imports().preview(file).draft());
        }
    }

    @Test
    void aUtf8FileWithCellsPastedFromWindows1252IsRefusedNamingEachOneAndNothingChanges() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("Function,Function title,Assurance mechanism,Lead,Frequency\r\n"
                + "1,Professional advice.,Membership of IJB,Ren\u00e9e Laird,Quarterly\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("1,,Visits,Se\u00e1n Kerr,Annually\r\n2,Assist \u2013 partners.,Dataset,Jane Martin,Annually\r\n"
                .getBytes(Charset.forName("windows-1252")));
        Path file = Files.write(dir.resolve("pasted.csv"), bytes.toByteArray());
        Dundee.open(dir, TODAY).close();
        String before = Snapshot.of(dir.resolve("assurance.mv.db"));

        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            assertThatThrownBy(() -> workspace.imports().preview(file)).isInstanceOfSatisfying(
                    InvalidDataException.class, e -> {
                        assertThat(e.problems()).extracting(Problem::row, Problem::column, Problem::value)
                                .containsExactly(tuple(3, "Lead", "Se\u00e1n Kerr"),
                                        tuple(4, "Function title", "Assist \u2013 partners."));
                        assertThat(e.problems().getFirst().message()).contains("Windows-1252", "UTF-8 (see row 2)",
                                "CSV UTF-8");
                    });
        }
        assertThat(Snapshot.of(dir.resolve("assurance.mv.db"))).isEqualTo(before);
    }

    @Test
    void aFileWhollyInWindows1252IsStillRead() {
        byte[] ansi = MATRIX.replace('\t', ',').getBytes(Charset.forName("windows-1252"));

        assertReadAsWritten(read("matrix.csv", ansi));
    }
}
