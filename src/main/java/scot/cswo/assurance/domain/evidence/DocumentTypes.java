package scot.cswo.assurance.domain.evidence;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file evidence may carry: documents, spreadsheets, slides, emails and pictures. An
 * allow-list rather than a list of what Windows would run, which can never be complete (.chm, .iso,
 * .vhdx, .xll, .msix, .library-ms …); macro-enabled Office files (.docm, .xlsm) are left out too.
 */
public final class DocumentTypes {
    private static final Set<String> ALLOWED = Set.of("pdf", "doc", "docx", "odt", "rtf", "txt", "xls", "xlsx",
            "ods", "csv", "ppt", "pptx", "odp", "msg", "eml", "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff");

    /** How the refusal describes what may be attached. */
    public static final String DESCRIPTION = "PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV, Outlook or"
            + " email messages, and pictures (PNG, JPEG, GIF, BMP, TIFF)";

    private DocumentTypes() {
    }

    /** True if a file of this name may be attached. */
    public static boolean allowed(String fileName) {
        return extension(fileName).filter(ALLOWED::contains).isPresent();
    }

    /**
     * The extension as Windows reads it: lower case, after the last dot, once the trailing dots and
     * spaces Windows ignores are gone ("report.docx." is a .docx).
     */
    public static Optional<String> extension(String fileName) {
        String name = fileName.replaceAll("[. ]+$", "");
        int dot = name.lastIndexOf('.');
        int folder = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot <= folder + 1 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
