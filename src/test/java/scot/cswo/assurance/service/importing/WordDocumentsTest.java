package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.matrix.MatrixDraft.LeadDraft;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.testing.RefusedImport;
import scot.cswo.assurance.testing.WordFixtures;

/**
 * A council's framework brought in from its Word document, as LibreOffice wrote it: the table is
 * found by its header, read across page breaks, and means what the council's table means.
 */
class WordDocumentsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;

    private static MatrixDraft read(String name) {
        return MatrixFileReader.read(name, WordFixtures.bytes(name)).draft();
    }

    private static MatrixDraft.MechanismDraft mechanism(MatrixDraft draft, String startsWith) {
        return draft.mechanisms().stream().filter(m -> m.description().startsWith(startsWith)).findFirst()
                .orElseThrow();
    }

    @Test
    void dundeesPartThreeAsWordHoldsItReadsAsTheShippedTemplate() {
        MatrixDraft fromWord = read("dundee-part-3.docx");

        assertThat(fromWord).isEqualTo(FrameworkTemplates.dundee(TODAY).draft());
        assertThat(fromWord.rows()).hasSize(49);
    }

    @Test
    void aLeadInAndItsBulletListAreOneMechanismInTheFrameworksWording() {
        MatrixDraft draft = read("dundee-part-3.docx");

        assertThat(mechanism(draft, "Regular meetings with Relevant").description())
                .isEqualTo("Regular meetings with Relevant Convenors / IJB Chair / Chief Executive (DCC) / Chief Officer (HSCP)");
        assertThat(mechanism(draft, "Agree appropriate arrangements").description())
                .isEqualTo("Agree appropriate arrangements for deputising for the CSWO in relation to: Attendance at"
                        + " meetings / events; Operational decision making / oversight");
    }

    @Test
    void leadsWrittenWithCommasAndOrOneToALineAreEachALead() {
        MatrixDraft draft = read("dundee-part-3.docx");

        assertThat(mechanism(draft, "Notification and oversight of referrals").leads()).extracting(LeadDraft::name)
                .containsExactly("Gillian Milne", "Jane Martin", "Diane McCulloch");
        assertThat(mechanism(draft, "Notification of all inspection outcomes").leads()).extracting(LeadDraft::name)
                .containsExactly("Diane McCulloch", "Jane Martin", "Laura Menzies");
        assertThat(mechanism(draft, "Involvement in case file quality").leads()).extracting(LeadDraft::name)
                .containsExactly("Martin Dey", "Arlene Mitchell");
        assertThat(mechanism(draft, "Informing and consulting the CSWO").leads()).extracting(LeadDraft::name)
                .containsExactly("Heads of Service", "Locality Managers", "Service Managers");
    }

    @Test
    void anotherCouncilsLayoutIsReadByItsHeadingsWhateverTheOrderAndAcrossThePageBreak() {
        MatrixDraft draft = read("second-council.docx");

        assertThat(draft.functions()).extracting(MatrixDraft.FunctionDraft::title).containsExactly(
                "Provide professional advice to the council and the integration joint board.",
                "Promote the values and standards of professional social work.",
                "Make decisions on the placement of children in secure accommodation.");
        assertThat(draft.rows()).extracting(MatrixDraft.RowDraft::functionNumber).containsExactly(1, 1, 1, 2, 2, 3);
        assertThat(draft.mechanisms()).extracting(MatrixDraft.MechanismDraft::description).containsExactly(
                "Attendance at the Corporate Management Team",
                "Meetings with the Convener of the Education and Children's Services Committee",
                "Advice on reports to committee about social work functions",
                "Audit of case files against practice standards",
                "Report on SSSC registration of social work staff",
                "Review of every placement in secure care");
        assertThat(draft.mechanisms()).extracting(m -> m.frequency().wording()).containsExactly(
                "Bi-monthly", "Quarterly", "As required", "Six monthly", "Annually", "Weekly");
    }

    @Test
    void aPostWithACommaOrAndInItIsOneLeadWhilePeopleAreParted() {
        MatrixDraft draft = read("second-council.docx");

        assertThat(draft.mechanisms()).extracting(m -> m.leads().stream().map(LeadDraft::name).toList())
                .containsExactly(List.of("Morag Duncan"), List.of("Morag Duncan", "Iain Fraser"),
                        List.of("Service Manager, Children and Families"), List.of("Iain Fraser"),
                        List.of("Head of Children and Families"), List.of("Morag Duncan", "Aileen Grant"));
    }

    @Test
    void theImportSaysTheTableWasReadInPartsWithoutItsRepeatedHeaders() {
        List<String> notes = MatrixFileReader.read("dundee-part-3.docx", WordFixtures.bytes("dundee-part-3.docx"))
                .notes();

        assertThat(notes).containsExactly("Read the framework table, in 7 parts (across pages), with 49 rows."
                + " Rows are counted from the table's header row, row 1.");
    }

    @Test
    void aDocumentWithoutAFrameworkTableSaysSoAndNamesTheTablesItHas() {
        assertThat(refusal("no-framework-table.docx", WordFixtures.bytes("no-framework-table.docx")))
                .containsExactly("no-framework-table.docx: the document has no framework table. The app looks for a"
                        + " table whose header row names the Function, Assurance mechanism, Lead and Frequency columns"
                        + " (in any order); the tables found start: \"Service\", \"Contact\", \"Telephone\".");
    }

    @Test
    void aDamagedDocumentIsRefusedWithWhatToDoAndNothingChanges() {
        assertRefusedAndNothingChanged("corrupt.docx", WordFixtures.bytes("corrupt.docx"),
                "corrupt.docx: the document could not be read: it is damaged, or was not saved as a Word document."
                        + " Open it in Word and save it as a Word Document (.docx)");
    }

    @Test
    void aPasswordProtectedDocumentIsRefusedWithWhatToDoAndNothingChanges() throws Exception {
        assertRefusedAndNothingChanged("protected.docx", encrypted(WordFixtures.bytes("dundee-part-3.docx")),
                "protected.docx: the document is protected with a password, so it cannot be read.");
    }

    @Test
    void anOldWordDocumentIsRefusedWithASentenceSayingToSaveItAsDocx() {
        assertThat(refusal("dundee-part-3.doc", WordFixtures.bytes("dundee-part-3.doc"))).singleElement().asString().startsWith(
                "dundee-part-3.doc: this is an older Word 97-2003 document (.doc), which the app does not read. Open it"
                        + " in Word and save it as a Word Document (.docx)");
    }

    @Test
    void aTextFileNamedDocxIsRefusedAsNotAWordDocument() {
        assertThat(refusal("matrix.docx", "Function,Lead\r\n".getBytes())).singleElement().asString()
                .startsWith("matrix.docx: this is not a Word document (.docx).");
    }

    private void assertRefusedAndNothingChanged(String name, byte[] content, String expected) {
        assertThat(RefusedImport.problems(dir, TODAY, name, content)).singleElement().asString().startsWith(expected);
    }

    private static List<String> refusal(String name, byte[] content) {
        try {
            MatrixFileReader.read(name, content);
        } catch (InvalidDataException e) {
            return e.problems().stream().map(Problem::describe).toList();
        }
        throw new AssertionError(name + " was read");
    }

    /** The document as Word saves it with a password: an encrypted package inside an OLE2 container. */
    private static byte[] encrypted(byte[] docx) throws Exception {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(docx));
                 OutputStream os = encryptor.getDataStream(container)) {
                opc.save(os);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
