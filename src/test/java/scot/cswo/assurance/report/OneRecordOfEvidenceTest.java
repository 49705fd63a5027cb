package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/** A year with one record of evidence says so in the singular throughout the sentence, not "1 record … They are". */
class OneRecordOfEvidenceTest {
    @TempDir
    Path dir;

    @Test
    void theEvidenceAppendixSpeaksOfItAsOneRecord() {
        try (Workspace workspace = Dundee.open(dir, KnownYear.TODAY, new Identity("COUNCIL\\office"),
                LocalDate.of(2024, 4, 1))) {
            workspace.evidence().record(new Ref("F1.5"), new EvidenceInput(LocalDate.of(2024, 5, 10),
                    "Meeting with the chairs", KnownYear.reference("2024-05-10"), "Chairs' meeting",
                    Conclusion.REASONABLE, null, List.of()));

            String report = PdfChecks.text(new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()))
                    .pdf()).replaceAll("\\s+", " ");

            assertThat(report).contains("1 record of evidence is dated in 2024-25. It is a working record, which may"
                    + " name people, and is kept by the Chief Social Work Officer's office rather than published.");
        }
    }
}
