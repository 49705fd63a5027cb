package scot.cswo.assurance.service.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Properties;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.service.matrix.FrameworkTemplate;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.service.files.ShippedFiles;

/**
 * The frameworks shipped with the app. Templates are data files under resources/templates, read
 * by the same importer users use for their own spreadsheets.
 */
public final class FrameworkTemplates {
    public static final String DUNDEE = "dundee";
    public static final String BLANK = "blank";
    public static final List<String> KEYS = List.of(DUNDEE, BLANK);

    private static final String DUNDEE_FILE = "templates/dundee-cswo-framework-2018-2026";

    private FrameworkTemplates() {
    }

    public static FrameworkTemplate named(String key, LocalDate trackingStart) {
        return switch (key) {
            case DUNDEE -> dundee(trackingStart);
            case BLANK -> blank(trackingStart);
            default -> throw new InvalidDataException("There is no template called \"" + key + "\"; use one of "
                    + String.join(", ", KEYS) + ".");
        };
    }

    /** Dundee City Council's CSWO Governance Framework 2018-2026, Part 3. */
    public static FrameworkTemplate dundee(LocalDate trackingStart) {
        Properties about = new Properties();
        try {
            about.load(new StringReader(new String(ShippedFiles.bytes(DUNDEE_FILE + ".properties"),
                    StandardCharsets.UTF_8)));
            MatrixDraft draft = MatrixFileReader.readCsv(DUNDEE_FILE + ".csv", ShippedFiles.bytes(DUNDEE_FILE + ".csv"));
            FrameworkDetails details = new FrameworkDetails(about.getProperty("name"), about.getProperty("council"),
                    about.getProperty("period"), trackingStart, Month.APRIL, 0);
            return new FrameworkTemplate(DUNDEE, details, draft);
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped Dundee template could not be read", e);
        }
    }

    /** A framework with no rows yet, to be filled by import or editing. */
    public static FrameworkTemplate blank(LocalDate trackingStart) {
        FrameworkDetails details = new FrameworkDetails("CSWO Governance Framework", "", "", trackingStart,
                Month.APRIL, 0);
        return new FrameworkTemplate(BLANK, details, new MatrixDraft(List.of(), List.of(), List.of()));
    }
}
