package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.matrix.FrameworkField;
import scot.cswo.assurance.ui.ViewModelTest;
import scot.cswo.assurance.ui.RecordingDialogs.Shown;

/** The File menu's import, export and calendar, with no window: the files chosen are answered by the test. */
class ImportExportModelTest extends ViewModelTest {
    private ImportExportModel model;
    private final List<ImportPreviewModel> previews = new ArrayList<>();

    @BeforeEach
    void open() {
        var workspace = open.workspace();
        model = new ImportExportModel(workspace.imports(), workspace.export(), workspace.calendar(), workspace.tasks(),
                open.state(), open.dialogs());
    }

    private List<String> kinds() {
        return open.dialogs().shown().stream().map(Shown::kind).toList();
    }

    @Test
    void theMatrixIsWrittenToTheFileChosenAndTheUserIsTold() {
        Path target = dir.resolve("matrix.xlsx");
        open.dialogs().choosingFile(target);
        model.export();

        assertThat(target).isNotEmptyFile();
        assertThat(kinds()).containsExactly("fileToSave", "done");
    }

    @Test
    void aCancelledExportWritesNothing() {
        open.dialogs().choosingFile(null);
        model.export();

        assertThat(kinds()).containsExactly("fileToSave");
    }

    @Test
    void aFileWithProblemsHasEveryOneListedAndNothingChanges() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n"
                + "1,Advice,Membership of IJB,Jane Martin,Termly\n"
                + "1,,Meetings with the Chief Executive,Morag Stewart,Now and then\n");
        String before = open.matrix().framework().name();
        open.dialogs().choosingFile(file);
        model.importFramework(previews::add);

        // Every problem is listed in the preview, which cannot import while any is left.
        assertThat(previews).singleElement().satisfies(preview -> {
            assertThat(preview.problems()).extracting(Problem::row).containsExactly(2, 3);
            assertThat(preview.importableProperty().get()).isFalse();
        });
        assertThat(open.workspace().matrix().matrix().framework().name()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsPreviewedAndBroughtInOnSave() throws IOException {
        Path file = dir.resolve("next.csv");
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n"
                + "1,Advice,Membership of IJB,Jane Martin,2 monthly\n"
                + "1,,Meetings with the Chief Executive,Morag Stewart,Quarterly\n");
        open.dialogs().choosingFile(file);
        model.importFramework(previews::add);

        ImportFormModel form = form();
        assertThat(form.preview().draft().rows()).hasSize(2);
        form.nameProperty().set("Framework 2026");
        form.councilProperty().set("Dundee City Council");
        form.periodProperty().set("2026-2030");
        form.trackingStartProperty().set(LocalDate.of(2026, 4, 1));
        List<Object> saved = new ArrayList<>();
        form.save(saved::add);

        assertThat(form.messages().isEmpty()).isTrue();
        assertThat(saved).hasSize(1);
        assertThat(open.workspace().matrix().frameworks()).extracting(f -> f.name()).contains("Framework 2026");
    }

    @Test
    void anImportStartingWhenTheCurrentFrameworkDidIsRefusedBesideTheTrackingStart() throws IOException {
        // An office that has recorded something: its framework is no untouched starter to be replaced.
        open.workspace().evidence().record(new Ref("F1.3"), new EvidenceInput(LocalDate.of(2025, 11, 20),
                "IJB attended", null, null, null, null, List.of()));
        Path file = dir.resolve("next.csv");
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n"
                + "1,Advice,Membership of IJB,Jane Martin,2 monthly\n");
        open.dialogs().choosingFile(file);
        model.importFramework(previews::add);
        ImportFormModel form = form();
        form.trackingStartProperty().set(open.matrix().framework().trackingStart());
        form.save(saved -> { });

        assertThat(form.messages().of(FrameworkField.TRACKING_START).get()).contains("already comes into force on");
    }

    /** The details form the preview goes on to, for a file with no problems. */
    private ImportFormModel form() {
        List<ImportFormModel> forms = new ArrayList<>();
        previews.getFirst().proceed(forms::add);
        return forms.getFirst();
    }

    @Test
    void aLeadsCalendarIsWrittenToTheFileChosen() {
        Path target = dir.resolve("jane.ics");
        open.dialogs().choosing(offered -> Optional.of("Jane Martin")).choosingFile(target);
        model.calendar();

        assertThat(target).content().contains("BEGIN:VCALENDAR", "SUMMARY");
        assertThat(open.dialogs().shown().getLast().kind()).isEqualTo("done");
        assertThat(open.dialogs().shown()).anyMatch(s -> s.kind().equals("fileToSave")
                && s.text() == null && s.title().endsWith("jane-martin-assurance-due-dates.ics"));
    }
}
