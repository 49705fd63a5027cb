package scot.cswo.assurance.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportTemplate;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.NextFramework;

/**
 * The annual report is the council's, year by year, whichever framework is in force: adopting a
 * framework during a year, or for next year, takes away nothing already written or chosen. Today is
 * 4 December 2026; Dundee's framework is tracked from 1 April 2026.
 */
class ReportAcrossFrameworksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final ReportYear THIS_YEAR = new ReportYear(2026);
    private static final String INTRODUCTION = "A year of steady improvement in public protection.";

    @TempDir
    Path dir;

    private Workspace open(LocalDate today) {
        return Dundee.open(dir, today, new Identity("COUNCIL\\office"), LocalDate.of(2026, 4, 1));
    }

    private static ReportTemplate resourcesFirst() {
        List<ReportTemplate.Entry> entries = new ArrayList<>(List.of(new ReportTemplate.Entry(ReportSection.RESOURCES,
                true)));
        ReportTemplate.national().entries().stream().filter(e -> e.section() != ReportSection.RESOURCES)
                .forEach(entries::add);
        return new ReportTemplate(entries);
    }

    @Test
    void theYearsTextsAndResourcesStayWhenAFrameworkAdoptedDuringTheYearComesIntoForce() {
        try (Workspace workspace = open(TODAY)) {
            workspace.report().saveTexts(THIS_YEAR, Map.of(), Map.of(ReportSection.INTRODUCTION.textKey(),
                    INTRODUCTION));
            workspace.report().saveResources(THIS_YEAR, new Resources(List.of()),
                    List.of(new Resources.Typed("Children's services", "45,000", "46,250")));
            NextFramework.importFrom(workspace, LocalDate.of(2027, 1, 1));
        }
        try (Workspace workspace = open(LocalDate.of(2027, 1, 5))) {
            assertThat(workspace.report().data(THIS_YEAR, Optional.empty()).matrix().framework().name())
                    .as("the new framework is in force").isEqualTo(NextFramework.NAME);

            assertThat(workspace.report().texts(THIS_YEAR)).containsEntry(ReportSection.INTRODUCTION.textKey(),
                    INTRODUCTION);
            assertThat(workspace.report().data(THIS_YEAR, Optional.empty()).text(ReportSection.INTRODUCTION.textKey()))
                    .isEqualTo(INTRODUCTION);
            assertThat(workspace.report().resources(THIS_YEAR).lines()).hasSize(1);
        }
    }

    @Test
    void theCouncilsTemplateAndCoverChoiceCarryOnUnderNextYearsFramework() {
        try (Workspace workspace = open(TODAY)) {
            workspace.report().saveTemplate(ReportTemplate.national(), resourcesFirst());
            workspace.report().setNameLeads(true);
            NextFramework.importFrom(workspace, LocalDate.of(2027, 4, 1));
        }
        try (Workspace workspace = open(LocalDate.of(2027, 4, 2))) {
            AnnualReportData next = workspace.report().data(new ReportYear(2027), Optional.empty());

            assertThat(next.matrix().framework().name()).isEqualTo(NextFramework.NAME);
            assertThat(next.template()).isEqualTo(resourcesFirst());
            assertThat(next.nameLeads()).isTrue();
        }
    }
}
