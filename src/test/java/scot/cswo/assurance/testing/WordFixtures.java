package scot.cswo.assurance.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Word documents under src/test/resources/word, made by LibreOffice from the .html sources
 * beside them (make-fixtures.sh), so the importer is tested on files a word processor wrote.
 */
public final class WordFixtures {
    private WordFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = WordFixtures.class.getResourceAsStream("/word/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture /word/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture copied into {@code dir} under its own name, as a user's file. */
    public static Path copy(String name, Path dir) {
        try {
            return Files.write(dir.resolve(name), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
