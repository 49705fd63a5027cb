package scot.cswo.assurance.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportTemplate;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.report.ResourceLine;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.ui.ViewModelTest;

/** The Report screen's Sections editor and Resources table, through their view-models (issue 17, point 1). */
class ReportTableFormsTest extends ViewModelTest {
    private static final ReportYear YEAR = new ReportYear(2025);

    private SectionsFormModel sections() {
        var report = open.workspace().report();
        return new SectionsFormModel(open.state(), open.dialogs(), report, report.template(),
                report.headings());
    }

    private ResourcesFormModel resources() {
        var report = open.workspace().report();
        return new ResourcesFormModel(open.state(), open.dialogs(), report, YEAR, report.resources(YEAR));
    }

    private static int indexOf(SectionsFormModel form, ReportSection section) {
        return form.lines().stream().map(SectionsFormModel.Line::section).toList().indexOf(section);
    }

    @Test
    void aSectionMovedHiddenAndRenamedIsKeptAsTheCouncilsTemplate() {
        SectionsFormModel form = sections();
        form.move(indexOf(form, ReportSection.RESOURCES), -1);
        form.lines().get(indexOf(form, ReportSection.WORKFORCE)).shownProperty().set(false);
        form.lines().get(indexOf(form, ReportSection.LOOKING_AHEAD)).headingProperty().set("What comes next");
        List<ReportTemplate> saved = new ArrayList<>();

        form.save(saved::add);

        assertThat(saved).hasSize(1);
        ReportTemplate kept = open.workspace().report().template();
        assertThat(kept.shown()).doesNotContain(ReportSection.WORKFORCE)
                .containsSubsequence(ReportSection.RESOURCES, ReportSection.LANDSCAPE);
        assertThat(open.workspace().report().data(YEAR, Optional.empty()).heading(ReportSection.LOOKING_AHEAD))
                .isEqualTo("What comes next");
    }

    @Test
    void aTemplateShowingNoSectionIsRefusedAndNothingIsSaved() {
        SectionsFormModel form = sections();
        form.lines().forEach(line -> line.shownProperty().set(false));

        form.save(saved -> { });

        assertThat(form.messages().generalProperty().get()).contains("Show at least one section");
        assertThat(open.workspace().report().template()).isEqualTo(ReportTemplate.national());
    }

    @Test
    void theNationalTemplateCanBePutBack() {
        SectionsFormModel form = sections();
        form.move(0, 1);
        form.lines().getFirst().shownProperty().set(false);
        form.save(saved -> { });

        SectionsFormModel again = sections();
        again.national();
        again.save(saved -> { });

        assertThat(open.workspace().report().template()).isEqualTo(ReportTemplate.national());
    }

    @Test
    void theResourcesTableFilledInIsKeptForTheYear() {
        ResourcesFormModel form = resources();
        form.rows().getFirst().serviceProperty().set("Children's services");
        form.rows().getFirst().budgetProperty().set("45,000");
        form.rows().getFirst().outturnProperty().set("46250.5");
        form.addRow();

        form.save(saved -> { });

        assertThat(open.workspace().report().resources(YEAR).lines()).containsExactly(new ResourceLine(
                "Children's services", new java.math.BigDecimal("45000.0"), new java.math.BigDecimal("46250.5")));
        assertThat(resources().rows()).extracting(r -> r.budgetProperty().get()).containsExactly("45000");
    }

    @Test
    void everyWrongRowIsToldAndNothingIsSaved() {
        ResourcesFormModel form = resources();
        form.rows().getFirst().serviceProperty().set("Adult services");
        form.rows().getFirst().budgetProperty().set("lots");
        ResourcesFormModel.Row second = form.addRow();
        second.budgetProperty().set("100");
        second.outturnProperty().set("90");

        form.save(saved -> { });

        assertThat(form.messages().generalProperty().get()).contains("Row 1 budget \"lots\"", "Row 1 outturn",
                "Row 2 service: name the service.");
        assertThat(open.workspace().report().resources(YEAR)).isEqualTo(new Resources(List.of()));
    }
}
