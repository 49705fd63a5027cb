package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.service.report.ReportService;

/**
 * The window's text and its code agree (ADR 17): every key the code asks for is in the en-GB bundle,
 * and every key in the bundle is asked for, so no text is missing on screen and none is left behind.
 * A key is "asked for" by a string literal equal to it, or, for keys built from data
 * ({@code "frequency.explain." + cadence}), by a literal prefix ending in a dot.
 */
class MessageKeysTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** A literal that reads like a key: dotted words, starting lower case. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.?)\"");
    /** Dotted literals that are not text: file names, and the names of settings kept in the database. */
    private static final Pattern NOT_TEXT = Pattern.compile(".*\\.(txt|properties|xlsx|csv|pdf|html|json|zip|ics)|"
            + Pattern.quote(ReportService.LEADS_SETTING));
    private static final Pattern ASKED = Pattern.compile("Messages\\.get(?:OrDefault)?\\(\"([^\"]+)\"");

    private static final Set<String> defined = new TreeSet<>();
    private static final Set<String> literals = new TreeSet<>();
    private static final Set<String> asked = new TreeSet<>();

    @BeforeAll
    static void readTheBundleAndTheCode() throws IOException {
        defined.addAll(Messages.bundle().keySet());
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                collect(LITERAL.matcher(code), literals);
                collect(ASKED.matcher(code), asked);
            }
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() {
        Set<String> missing = new TreeSet<>(asked);
        missing.removeAll(defined);
        missing.removeIf(key -> key.endsWith("."));

        assertThat(missing).as("keys asked for with Messages.get but not in messages_en_GB.properties").isEmpty();
    }

    @Test
    void aKeyPassedToAHelperIsInTheBundleToo() {
        // Literals that share a first word with the bundle's keys are keys handed to a helper (a column, a menu).
        Set<String> sections = new TreeSet<>();
        defined.forEach(key -> sections.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            int dot = literal.indexOf('.');
            if (dot > 0 && !literal.endsWith(".") && !NOT_TEXT.matcher(literal).matches() && sections.contains(literal.substring(0, dot))
                    && !defined.contains(literal) && defined.stream().noneMatch(k -> k.startsWith(literal + "."))) {
                missing.add(literal);
            }
        }

        assertThat(missing).as("key-like literals with no text in messages_en_GB.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> unused = new TreeSet<>();
        for (String key : defined) {
            boolean used = literals.contains(key)
                    || literals.stream().anyMatch(l -> l.endsWith(".") && key.startsWith(l));
            if (!used) {
                unused.add(key);
            }
        }

        assertThat(unused).as("keys in messages_en_GB.properties that no code asks for").isEmpty();
    }

    @Test
    void aTextWithBlanksToFillHasNoLoneApostrophe() {
        // MessageFormat reads ' as the start of quoted text: "mechanism's {0}" would show as "mechanisms {0}".
        Pattern blank = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        Set<String> broken = new TreeSet<>();
        for (String key : defined) {
            String text = Messages.bundle().getString(key);
            if (blank.matcher(text).find() && lone.matcher(text).find()) {
                broken.add(key);
            }
        }

        assertThat(broken).as("texts with {0} and a lone ' (write ’ instead)").isEmpty();
    }
}
