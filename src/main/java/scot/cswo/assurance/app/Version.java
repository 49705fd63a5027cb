package scot.cswo.assurance.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, from the build. */
final class Version {

    private Version() {
    }

    static String current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
