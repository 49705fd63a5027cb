package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Only the command asked for is built (picocli reads every command's options before parsing); whenever
 * the arguments name no command, all are, so help and "Unknown command" still list every one.
 */
class CommandChosenFromTheArgumentsTest {
    @Test
    void theCommandAfterTheRootsOptionsIsTheOneBuilt() {
        assertThat(Cli.asked("--db", "assurance.mv.db", "status", "--format", "json"))
                .containsExactly(StatusCommand.class);
    }

    @Test
    void aDatabaseFileNamedLikeACommandIsNotTakenForTheCommand() {
        assertThat(Cli.asked("--db", "matrix", "status")).containsExactly(StatusCommand.class);
        assertThat(Cli.asked("--db=matrix", "status")).containsExactly(StatusCommand.class);
    }

    @Test
    void optionsGivenAfterTheCommandLeaveItChosen() {
        assertThat(Cli.asked("status", "--db", "assurance.mv.db")).containsExactly(StatusCommand.class);
        assertThat(Cli.asked("--windows-sign-in", "report", "--year", "2025-26")).containsExactly(ReportCommand.class);
    }

    @Test
    void noCommandAnUnknownOneOrTheRootsHelpBuildsEveryCommand() {
        int all = Cli.commands(null).getSubcommands().size();

        assertThat(Cli.asked()).hasSize(all);
        assertThat(Cli.asked("--db", "assurance.mv.db")).hasSize(all);
        assertThat(Cli.asked("--help")).hasSize(all);
        assertThat(Cli.asked("stauts")).hasSize(all);
    }
}
