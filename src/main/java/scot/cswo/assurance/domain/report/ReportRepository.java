package scot.cswo.assurance.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The report's own texts (narratives and cover details per year; renamed headings for every year,
 * stored under year 0), the notes on missed periods, and the report's settings. Everything but the
 * notes (which belong to a mechanism) is the council's, whichever framework is in force: a framework
 * adopted for next year, or during this one, takes nothing away.
 */
public interface ReportRepository {
    int EVERY_YEAR = 0;

    /** The texts saved for a year, by key. */
    Map<String, String> texts(int reportYear);

    /**
     * Saves the given texts in one transaction; an empty text removes the key. Refused if a key in
     * {@code seen} (what the user started from) has been changed by someone else since.
     */
    void saveTexts(int reportYear, Map<String, String> seen, Map<String, String> texts, String account, Instant at);

    List<ExceptionNote> exceptionNotes(long frameworkId);

    /** A note to save, and the note for its period the user started from ({@code seen}; null: none seen). */
    record NoteOverSeen(ExceptionNote note, ExceptionNote seen) {
    }

    /**
     * Saves notes in one transaction, each with its own history entry as if saved alone: all of them,
     * or none if someone saved a note for any of their periods since its {@code seen} was read.
     */
    List<ExceptionNote> saveExceptionNotes(List<NoteOverSeen> notes, String account, Instant at);

    Map<String, String> settings();

    void saveSetting(String key, String value, String account, Instant at);

    /** Stores a picture for the narratives; returns it with its id. */
    ReportPicture addPicture(ReportPicture picture, String account, Instant at);

    /** The narratives' pictures, by id. */
    Map<Long, ReportPicture> pictures();

    /** The council's own report template; the national one if it has not saved one. */
    ReportTemplate template();

    /** Saves the template; refused if someone saved a different one since {@code seen} was read. */
    void saveTemplate(ReportTemplate seen, ReportTemplate template, String account, Instant at);

    /** A year's Resources table, empty if not filled in. */
    Resources resources(int reportYear);

    /** Saves a year's Resources table whole; refused if someone saved a different one since {@code seen} was read. */
    void saveResources(int reportYear, Resources seen, Resources resources, String account, Instant at);
}
