package scot.cswo.assurance.service.history;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.history.HistoryLog;
import scot.cswo.assurance.service.exporting.CsvWriter;
import scot.cswo.assurance.service.files.SafeFiles;

/** Who changed what and when. Anyone may read it; nobody can change it. */
public final class HistoryService {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final HistoryLog log;
    private final ZoneId zone;

    public HistoryService(HistoryLog log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
    }

    /** Changes made on or after a local date (null: all), newest first, optionally only those mentioning some text. */
    public List<HistoryEntry> log(LocalDate since, String containing) {
        List<HistoryEntry> entries = log.since(since == null ? Instant.EPOCH
                : since.atStartOfDay(zone).toInstant());
        if (containing == null || containing.isBlank()) {
            return entries;
        }
        String wanted = containing.strip().toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> mentions(e, wanted)).toList();
    }

    public List<HistoryEntry> forMechanism(long mechanismId) {
        return log.forMechanism(mechanismId);
    }

    /** Writes entries as CSV (times in local time) for a spreadsheet, whole or not at all. */
    public void writeCsv(Path file, List<HistoryEntry> entries) {
        StringBuilder csv = new StringBuilder(CsvWriter.record(List.of("When", "Account", "What", "Subject", "Field",
                "Old value", "New value")));
        for (HistoryEntry e : entries) {
            csv.append(CsvWriter.record(Arrays.asList(LOCAL.format(e.at().atZone(zone)), e.account(), e.entity(),
                    e.subject(), e.field(), e.oldValue(), e.newValue())));
        }
        SafeFiles.writeOutput(file, "The history", CsvWriter.forExcel(csv.toString()), ".csv");
    }

    private static boolean mentions(HistoryEntry entry, String wanted) {
        return contains(entry.account(), wanted) || contains(entry.entity(), wanted) || contains(entry.subject(), wanted)
                || contains(entry.field(), wanted) || contains(entry.oldValue(), wanted)
                || contains(entry.newValue(), wanted);
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
