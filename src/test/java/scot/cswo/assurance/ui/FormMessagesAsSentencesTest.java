package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form's messages start as sentences do, except that a file's name is written as the file is named. */
class FormMessagesAsSentencesTest {

    @Test
    void aMessageStartsWithACapitalLetter() {
        assertThat(FormDialog.sentence("give the date tracking starts.")).isEqualTo("Give the date tracking starts.");
    }

    @Test
    void aMessageAboutAFileKeepsTheFilesNameAsItIsWritten() {
        assertThat(FormDialog.sentence("termly.csv, row 2, column Frequency \"Termly\": this is not a frequency"))
                .isEqualTo("termly.csv, row 2, column Frequency \"Termly\": this is not a frequency");
        assertThat(FormDialog.sentence("own-headings.docx: the document has no framework table."))
                .startsWith("own-headings.docx:");
    }
}
