package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.ui.ViewModelTest;

/**
 * The preview of a framework file, with no window: every row and every problem at once, and an
 * unknown frequency phrase mapped to a known one for every row that uses it.
 */
class ImportPreviewModelTest extends ViewModelTest {
    private static final String HEADER = "Function,Function title,Assurance mechanism,Lead,Frequency\n";
    private ImportExportModel files;
    private final List<ImportPreviewModel> previews = new ArrayList<>();

    @BeforeEach
    void open() {
        var workspace = open.workspace();
        files = new ImportExportModel(workspace.imports(), workspace.export(), workspace.calendar(), workspace.tasks(),
                open.state(), open.dialogs());
    }

    private ImportPreviewModel preview(String name, String csv) throws IOException {
        return previewOf(name, HEADER + csv);
    }

    /** The preview of a file holding {@code content}, header and all. */
    private ImportPreviewModel previewOf(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        open.dialogs().choosingFile(file);
        files.importFramework(previews::add);
        return previews.getLast();
    }

    @Test
    void everyRowIsShownAsItWillBeImportedEvenWhileThereAreProblems() throws IOException {
        ImportPreviewModel preview = preview("termly.csv", "1,Advice,Membership of IJB,Jane Martin; Glyn Lloyd,Termly\n"
                + "1,,Meetings with the Chief Executive,Morag Stewart,Quarterly\n");

        assertThat(preview.lines()).containsExactly(
                new ImportPreviewModel.Line(2, "1 Advice", "Membership of IJB", "Jane Martin / Glyn Lloyd", "Termly"),
                new ImportPreviewModel.Line(3, "1", "Meetings with the Chief Executive", "Morag Stewart",
                        "Quarterly"));
    }

    @Test
    void everyProblemIsListedWithItsRowColumnValueAndWhatToDo() throws IOException {
        ImportPreviewModel preview = preview("three.csv", "1,Advice,Membership of IJB,Jane Martin,Termly\n"
                + "1,,Meetings with the Chief Executive,,Quarterly\n"
                + "x,,Audit,Morag Stewart,Monthly\n");

        assertThat(preview.problems()).extracting(Problem::row, Problem::column, Problem::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "Frequency", "Termly"),
                        org.assertj.core.groups.Tuple.tuple(3, "Lead", ""),
                        org.assertj.core.groups.Tuple.tuple(4, "Function", "x"));
        assertThat(preview.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(preview.importableProperty().get()).isFalse();
    }

    @Test
    void eachDistinctUnknownPhraseIsOfferedOnce() throws IOException {
        ImportPreviewModel preview = preview("phrases.csv", "1,Advice,Membership of IJB,Jane Martin,Termly\n"
                + "1,,Meetings with the Chief Executive,Morag Stewart,termly\n"
                + "1,,Audit,Morag Stewart,Now and then\n");

        assertThat(preview.unknownPhrases()).containsExactly("Termly", "Now and then");
    }

    @Test
    void aHeadingTheAppDoesNotRecogniseIsReadAsTheColumnChosenForItAndTheFileCheckedAgain() throws IOException {
        ImportPreviewModel preview = previewOf("own-words.csv", "Function,Function title,How we check,Lead,Frequency,"
                + "Comments\n1,Advice,Membership of IJB,Jane Martin,Monthly,Standing item\n");
        assertThat(preview.problems()).extracting(Problem::column).containsExactly("Assurance mechanism");
        assertThat(preview.headings()).extracting(h -> h.column()).containsExactly("Function", "Function title",
                null, "Lead", "Frequency", null);

        preview.assign("How we check", "Assurance mechanism");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(ImportPreviewModel.Line::mechanism).containsExactly("Membership of IJB");
        assertThat(preview.importableProperty().get()).isTrue();
    }

    @Test
    void theFrameworksDetailsAreSuggestedFromTheFileWhileItStillHasProblems() throws IOException {
        ImportPreviewModel preview = preview("anytown-framework.csv", "1,Advice,Membership of IJB,Jane Martin,Termly\n");

        assertThat(preview.importableProperty().get()).isFalse();
        assertThat(preview.form().nameProperty().get()).isEqualTo("anytown-framework");
        assertThat(preview.form().trackingStartProperty().get()).isNotNull();
    }

    @Test
    void mappingAPhraseAppliesToEveryRowWithItAndChecksTheFileAgain() throws IOException {
        ImportPreviewModel preview = preview("termly.csv", "1,Advice,Membership of IJB,Jane Martin,Termly\n"
                + "1,,Meetings with the Chief Executive,Morag Stewart,Termly\n");

        preview.map("Termly", "4 monthly");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(ImportPreviewModel.Line::frequency)
                .containsExactly("4 monthly", "4 monthly");
        assertThat(preview.importableProperty().get()).isTrue();
    }

    @Test
    void importIsNotOfferedWhileAProblemTheMappingCannotResolveIsLeft() throws IOException {
        ImportPreviewModel preview = preview("lead.csv", "1,Advice,Membership of IJB,,Termly\n");
        preview.map("Termly", "4 monthly");
        List<ImportFormModel> forms = new ArrayList<>();
        preview.proceed(forms::add);

        assertThat(preview.problems()).extracting(Problem::column).containsExactly("Lead");
        assertThat(preview.importableProperty().get()).isFalse();
        assertThat(forms).isEmpty();
    }

    @Test
    void aMappedFileIsImportedThroughTheSamePathAsTheCommandLineStoringTheFrequencyMappedTo() throws IOException {
        ImportPreviewModel preview = preview("termly.csv", "1,Advice,Membership of IJB,Jane Martin,Termly\n");
        preview.map("Termly", "4 monthly");
        List<ImportFormModel> forms = new ArrayList<>();
        preview.proceed(forms::add);
        ImportFormModel form = forms.getFirst();
        form.nameProperty().set("Framework 2026");
        // A new office's starter suggests no council or period of its own: the office gives them.
        form.councilProperty().set("Dundee City Council");
        form.periodProperty().set("2026-2030");
        form.trackingStartProperty().set(LocalDate.of(2026, 4, 1));
        form.save(saved -> { });

        assertThat(form.messages().isEmpty()).isTrue();
        Framework imported = open.workspace().matrix().frameworks().stream()
                .filter(f -> f.name().equals("Framework 2026")).findFirst().orElseThrow();
        assertThat(open.workspace().matrix().matrixOf(imported.id()).mechanisms())
                .extracting(m -> m.frequency().wording()).containsExactly("4 monthly");
    }
}
