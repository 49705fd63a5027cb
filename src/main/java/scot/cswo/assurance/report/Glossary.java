package scot.cswo.assurance.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Abbreviations and terms used in CSWO governance, for the report's glossary. The terms are data
 * (glossary.tsv beside this class), so adding one is a line there rather than code.
 */
final class Glossary {
    static final Map<String, String> TERMS = read("glossary.tsv");
    private static final String LEARNING_REVIEW = "Learning Review";
    /** Terms the framework still uses for what is now a Learning Review, so the current term is explained beside them. */
    private static final Pattern OLD_REVIEWS = Pattern.compile("\\b(ICR|SCR)s?\\b");

    private Glossary() {
    }

    private static Map<String, String> read(String resource) {
        Map<String, String> terms = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(Glossary.class.getResourceAsStream(resource), resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] termAndMeaning = line.split("\t", 2);
                terms.put(termAndMeaning[0], termAndMeaning[1]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(terms);
    }

    /** The terms that appear in the text (as whole words, or as a plural such as ICRs), in order. */
    static Map<String, String> usedIn(String text) {
        Map<String, String> used = new LinkedHashMap<>();
        TERMS.forEach((term, meaning) -> {
            if (Pattern.compile("\\b" + term + "s?\\b").matcher(text).find() || term.equals("CSWO")
                    || term.equals(LEARNING_REVIEW) && OLD_REVIEWS.matcher(text).find()) {
                used.put(term, meaning);
            }
        });
        return used;
    }
}
