package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

/** What is inside the cells: spaces as people mean them, and no control characters, each one named. */
class CellContentTest {
    private static final String HEADER = "Function,Function title,Assurance mechanism,Lead,Frequency\r\n";

    @TempDir
    Path dir;

    private static MatrixDraft read(String csv) {
        return MatrixFileReader.readCsv("matrix.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNoBreakSpaceAfterMonthlyIsReadAsASpace() {
        // Word and web pages put U+00A0 where a space is typed; the cell looks like "Monthly ".
        MatrixDraft draft = read(HEADER + "1,Professional\u00a0advice.,Membership\u202fof IJB,Jane\u00a0Martin,Monthly\u00a0\r\n");

        assertThat(draft.mechanisms()).singleElement().satisfies(m -> {
            assertThat(m.description()).isEqualTo("Membership of IJB");
            assertThat(m.frequency().wording()).isEqualTo("Monthly");
            assertThat(m.leads()).extracting(MatrixDraft.LeadDraft::name).containsExactly("Jane Martin");
        });
        assertThat(draft.functions().getFirst().title()).isEqualTo("Professional advice.");
    }

    @Test
    void zeroWidthSpacesAndStrayByteOrderMarksAreDropped() {
        MatrixDraft draft = read(HEADER + "1,Advice.,Membership of IJB,Jane Martin\u200b,Quar\u200bterly\ufeff\r\n");

        assertThat(draft.mechanisms().getFirst().frequency().wording()).isEqualTo("Quarterly");
        assertThat(draft.mechanisms().getFirst().leads().getFirst().name()).isEqualTo("Jane Martin");
    }

    @Test
    void anInvisibleCharacterThatCannotBeReadIsShownInTheMessage() {
        assertThatThrownBy(() -> read(HEADER + "1,Advice.,Membership of IJB,Jane Martin,Month\u00adly\r\n"))
                .hasMessageStartingWith("matrix.csv, row 2, column Frequency \"Month<U+00AD>ly\": this is not a"
                        + " frequency the app knows");
    }

    @Test
    void tabsAndLineBreaksInsideCellsAreText() {
        MatrixDraft draft = read(HEADER + "1,Advice.,\"Membership\tof IJB\",\"Jane Martin\r\nSe\u00e1n Kerr\",Monthly\r\n");

        assertThat(draft.mechanisms().getFirst().description()).isEqualTo("Membership of IJB");
        assertThat(draft.mechanisms().getFirst().leads()).extracting(MatrixDraft.LeadDraft::name)
                .containsExactly("Jane Martin", "Se\u00e1n Kerr");
    }

    @Test
    void everyCellWithAControlCharacterIsNamedAndNothingChanges() throws Exception {
        Path file = Files.writeString(dir.resolve("matrix.csv"), HEADER
                + "1,Advice.,\u001b[2JMembership of IJB,Jane Martin,Monthly\r\n"
                + "1,,Visits,Jane\u0007 Martin,Monthly\r\n"
                + "2,Assist\u009b31m partners.,Dataset,Jane Martin,Monthly\u007f\r\n");
        Dundee.open(dir, LocalDate.of(2025, 11, 22)).close();
        String before = Snapshot.of(dir.resolve("assurance.mv.db"));

        try (Workspace workspace = Dundee.open(dir, LocalDate.of(2025, 11, 22))) {
            assertThatThrownBy(() -> workspace.imports().preview(file)).isInstanceOfSatisfying(
                    InvalidDataException.class, e -> {
                        assertThat(e.problems()).extracting(Problem::row, Problem::column).containsExactly(
                                tuple(2, "Assurance mechanism"), tuple(3, "Lead"), tuple(4, "Function title"),
                                tuple(4, "Frequency"));
                        assertThat(e.problems()).extracting(Problem::describe).allSatisfy(text ->
                                assertThat(text.chars()).noneMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f));
                        assertThat(e.problems().get(2).describe()).contains("\"Assist<U+009B>31m partners.\"",
                                "control character, CSI (U+009B)");
                    });
        }
        assertThat(Snapshot.of(dir.resolve("assurance.mv.db"))).isEqualTo(before);
    }
}
