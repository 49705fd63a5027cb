package scot.cswo.assurance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/** The Resources table as the office types it in: budget, outturn and the variance worked out once. */
class ResourcesTest {

    @Test
    void theVarianceIsTheOutturnLessTheBudget() {
        assertThat(new ResourceLine("Children's services", new BigDecimal("45000"), new BigDecimal("46250.5"))
                .variance()).isEqualByComparingTo("1250.5");
        assertThat(new ResourceLine("Justice social work", new BigDecimal("8000"), new BigDecimal("7650")).variance())
                .isEqualByComparingTo("-350");
    }

    @Test
    void theTotalAddsUpTheServicesAndItsVarianceIsTheirs() {
        Resources resources = Resources.read(List.of(new Resources.Typed("Children's services", "45,000", "46,250.5"),
                new Resources.Typed("Justice social work", "£8000", "7650")));

        assertThat(resources.total().budget()).isEqualByComparingTo("53000");
        assertThat(resources.total().outturn()).isEqualByComparingTo("53900.5");
        assertThat(resources.total().variance()).isEqualByComparingTo("900.5");
    }

    @Test
    void whollyBlankRowsAreDropped() {
        assertThat(Resources.read(List.of(new Resources.Typed(" ", "", null),
                new Resources.Typed("Adult services", "60000", "59000"))).lines()).hasSize(1);
    }

    @Test
    void everyProblemIsToldAtOnceNamingItsRowAndField() {
        assertThatThrownBy(() -> Resources.read(List.of(new Resources.Typed("Adult services", "60000", "59000"),
                new Resources.Typed("", "12.34", "-5"), new Resources.Typed("Justice", "lots", ""))))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::describe).containsExactly(
                                "Row 2 service: name the service.",
                                "Row 2 budget \"12.34\": write the amount in thousands of pounds as a number with at"
                                        + " most one decimal place, like 12500 or 850.5.",
                                "Row 2 outturn \"-5\": an amount is between 0 and 100,000,000 (thousands of pounds).",
                                "Row 3 budget \"lots\": write the amount in thousands of pounds as a number with at"
                                        + " most one decimal place, like 12500 or 850.5.",
                                "Row 3 outturn: enter the amount in thousands of pounds, like 12500 for £12.5"
                                        + " million."));
    }
}
