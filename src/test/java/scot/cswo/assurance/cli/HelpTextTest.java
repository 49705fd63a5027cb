package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Help that reads as paragraphs. picocli prints each line of a description on a line of its own,
 * so a sentence split across two lines of the source comes out broken in mid-sentence ("…as an" /
 * "accessible PDF"): a description may have several lines only where each but the last ends one.
 */
class HelpTextTest {
    @Test
    void noCommandOrOptionDescriptionBreaksALineInMidSentence() {
        List<String> broken = new ArrayList<>();
        visit(Cli.commands(null), broken);

        assertThat(broken).isEmpty();
    }

    private static void visit(CommandLine command, List<String> broken) {
        check(command.getCommandName(), command.getCommandSpec().usageMessage().description(), broken);
        command.getCommandSpec().options().forEach(o -> check(command.getCommandName() + " " + o.longestName(),
                o.description(), broken));
        command.getSubcommands().values().forEach(sub -> visit(sub, broken));
    }

    private static void check(String where, String[] lines, List<String> broken) {
        for (int i = 0; i < lines.length - 1; i++) {
            if (!lines[i].strip().matches(".*([.:!?]|%n)")) {
                broken.add(where + ": \"" + lines[i] + "\"");
            }
        }
    }
}
