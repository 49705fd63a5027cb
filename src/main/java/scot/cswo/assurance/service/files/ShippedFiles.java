package scot.cswo.assurance.service.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Data files shipped inside the app (templates under resources/), read from the class path. */
public final class ShippedFiles {

    private ShippedFiles() {
    }

    /** The whole file; a missing one is a broken build, not a user's mistake. */
    public static byte[] bytes(String name) {
        try (InputStream in = ShippedFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from this build of the app");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped file " + name + " could not be read", e);
        }
    }
}
