package scot.cswo.assurance.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

class MatrixDraftBuilderTest {
    private final MatrixDraftBuilder builder = new MatrixDraftBuilder("matrix.csv");
    private int row = 1;

    private void add(String function, String title, String mechanism, String lead, String frequency) {
        builder.add(new SourceRow(++row, function, title, mechanism, lead, frequency, ""));
    }

    @Test
    void aFunctionTitleGivenOnlyOnItsFirstRowAppliesToTheFollowingRows() {
        add("1", "Provide advice.", "Membership of IJB", "Jane Martin", "2 monthly");
        add("1", "", "Regular meetings", "Jane Martin", "Quarterly");

        MatrixDraft draft = builder.build();

        assertThat(draft.functions()).containsExactly(new MatrixDraft.FunctionDraft(1, "Provide advice."));
        assertThat(draft.rows()).extracting(r -> r.ref().text()).containsExactly("F1.1", "F1.2");
    }

    @Test
    void aBlankFunctionCellContinuesThePreviousFunctionAsInAMergedWordTable() {
        add("2", "Assist partners.", "Dataset", "John Cooper", "Quarterly");
        add("", "", "Case file audit", "Martin Dey", "Quarterly");

        assertThat(builder.build().rows()).extracting(MatrixDraft.RowDraft::functionNumber).containsExactly(2, 2);
    }

    @Test
    void aFunctionCellHoldingNumberAndTitleTogetherIsSplit() {
        add("3. Promote the values of Social Work.", "", "Induction", "Frances Greig", "As required");

        assertThat(builder.build().functions()).containsExactly(
                new MatrixDraft.FunctionDraft(3, "Promote the values of Social Work."));
    }

    @Test
    void leadsAreSplitOnSlashesSemicolonsAndNewLines() {
        assertThat(MatrixDraftBuilder.leads("Glyn Lloyd/ Kathryn Sharp / George Ireland"))
                .containsExactly("Glyn Lloyd", "Kathryn Sharp", "George Ireland");
        assertThat(MatrixDraftBuilder.leads("Jane Martin; Diane McCulloch\nGlyn Lloyd"))
                .containsExactly("Jane Martin", "Diane McCulloch", "Glyn Lloyd");
    }

    @Test
    void aHyphenBrokenByPdfCopyingIsRepaired() {
        assertThat(MatrixDraftBuilder.leads("Clare Lewis- Robertson")).containsExactly("Clare Lewis-Robertson");
        assertThat(MatrixDraftBuilder.leads("Clare Lewis -Robertson")).containsExactly("Clare Lewis-Robertson");
    }

    @Test
    void postsAreRecognisedAsRolesAndNamesAsPeople() {
        assertThat(MatrixDraftBuilder.looksLikeRole("ASP Independent Convenor")).isTrue();
        assertThat(MatrixDraftBuilder.looksLikeRole("Heads of Service")).isTrue();
        assertThat(MatrixDraftBuilder.looksLikeRole("Jane Martin")).isFalse();
    }

    @Test
    void theSameMechanismUnderTwoFunctionsIsOneMechanism() {
        add("1", "Advice.", "Membership of/access to Council Management Team", "Jane Martin", "As required");
        add("10", "Report risks.", "Membership of / access to Council Management Team", "Jane Martin", "As required");

        MatrixDraft draft = builder.build();

        assertThat(draft.mechanisms()).hasSize(1);
        assertThat(draft.rows()).extracting(MatrixDraft.RowDraft::mechanismIndex).containsExactly(0, 0);
        assertThat(draft.rows()).extracting(r -> r.ref().text()).containsExactly("F1.1", "F10.1");
    }

    @Test
    void aSharedMechanismWithADifferentFrequencyIsRejectedNamingBothRows() {
        add("1", "Advice.", "Membership of IJB", "Jane Martin", "2 monthly");
        add("10", "Report risks.", "Membership of IJB", "Jane Martin", "Quarterly");

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidDataException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo("Frequency");
                    assertThat(p.message()).contains("row 2").contains("2 monthly");
                }));
    }

    @Test
    void everyProblemInTheFileIsReportedWithRowColumnAndValue() {
        add("1", "Advice.", "Membership of IJB", "Jane Martin", "Termly");
        add("x", "", "Something", "Someone", "Monthly");
        add("1", "", "", "", "Monthly");

        List<Problem> problems = catchProblems();

        assertThat(problems).extracting(Problem::row, Problem::column, Problem::value).containsExactly(
                tuple(2, "Frequency", "Termly"),
                tuple(3, "Function", "x"),
                tuple(4, "Assurance mechanism", ""),
                tuple(4, "Lead", ""));
        assertThat(problems.getFirst().message()).contains("Quarterly", "4 monthly", "As required");
    }

    @Test
    void aFunctionWithoutATitleIsRejected() {
        add("4", "", "Governance group", "Jane Martin", "Quarterly");

        assertThat(catchProblems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Function title");
            assertThat(p.message()).contains("function 4 has no title");
        });
    }

    @Test
    void twoDifferentTitlesForOneFunctionAreRejected() {
        add("1", "Advice.", "One", "Jane Martin", "Monthly");
        add("1", "Something else.", "Two", "Jane Martin", "Monthly");

        assertThat(catchProblems()).singleElement().satisfies(p -> assertThat(p.message()).contains("row 2"));
    }

    @Test
    void givenRefsAreKeptAndMustBeUnique() {
        builder.add(new SourceRow(2, "1", "Advice.", "One", "Jane Martin", "Monthly", "F1.7"));
        builder.add(new SourceRow(3, "1", "", "Two", "Jane Martin", "Monthly", "f1.7"));

        assertThat(catchProblems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Ref");
        });
    }

    @Test
    void aFileWithoutRowsIsRejected() {
        assertThat(catchProblems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no matrix rows"));
    }

    private List<Problem> catchProblems() {
        try {
            builder.build();
        } catch (InvalidDataException e) {
            return e.problems();
        }
        throw new AssertionError("expected the draft to be rejected");
    }
}
