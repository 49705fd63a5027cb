package scot.cswo.assurance.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The report's own texts (narratives and cover details per year; renamed headings for every year,
 * stored under year 0), the notes on missed periods, and framework settings.
 */
public interface ReportRepository {
    int EVERY_YEAR = 0;

    /** The texts saved for a year, by key. */
    Map<String, String> texts(long frameworkId, int reportYear);

    /**
     * Saves the given texts in one transaction; an empty text removes the key. Refused if a key in
     * {@code seen} (what the user started from) has been changed by someone else since.
     */
    void saveTexts(long frameworkId, int reportYear, Map<String, String> seen, Map<String, String> texts,
                   String account, Instant at);

    List<ExceptionNote> exceptionNotes(long frameworkId);

    /** Saves a note; refused if someone saved one for the period since {@code seen} (null: none seen) was read. */
    ExceptionNote saveExceptionNote(ExceptionNote note, ExceptionNote seen, String account, Instant at);

    Map<String, String> settings(long frameworkId);

    void saveSetting(long frameworkId, String key, String value, String account, Instant at);

    /** Stores a picture for the framework's narratives; returns it with its id. */
    ReportPicture addPicture(long frameworkId, ReportPicture picture, String account, Instant at);

    /** The framework's narrative pictures, by id. */
    Map<Long, ReportPicture> pictures(long frameworkId);
    /** The framework's own report template; the national one if it has not saved one. */
    ReportTemplate template(long frameworkId);

    /** Saves the template; refused if someone saved a different one since {@code seen} was read. */
    void saveTemplate(long frameworkId, ReportTemplate seen, ReportTemplate template, String account, Instant at);

    /** A year's Resources table, empty if not filled in. */
    Resources resources(long frameworkId, int reportYear);

    /** Saves a year's Resources table whole; refused if someone saved a different one since {@code seen} was read. */
    void saveResources(long frameworkId, int reportYear, Resources seen, Resources resources, String account,
                       Instant at);
}
