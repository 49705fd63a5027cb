package scot.cswo.assurance.service;

import java.util.Optional;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.calendar.DueCalendar;
import scot.cswo.assurance.service.chase.ChaseService;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.service.exporting.MatrixExport;
import scot.cswo.assurance.service.history.HistoryService;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.service.meeting.MeetingService;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.service.schedule.StatusService;
import scot.cswo.assurance.service.tasks.TaskService;

/** An open database and the services working on it. Closing it releases the database. */
public interface Workspace extends AutoCloseable {

    /** Where the data is, as users see it: the file (…\assurance.mv.db) or the database on its server. */
    String where();

    /**
     * What the user must be told on opening the database, such as a restore that was interrupted
     * and has now been finished or undone.
     */
    default Optional<String> notice() {
        return Optional.empty();
    }

    /** Who is signed in, their role, and granting roles. */
    Access access();

    MatrixService matrix();

    /** Changing the matrix, leads and settings. */
    FrameworkEditor editor();

    /** Bringing in a framework from a spreadsheet. */
    ImportService imports();

    MatrixExport export();

    DueCalendar calendar();

    HistoryService history();

    /** Backups, for this PC's own database; a shared server has none here (IT backs it up). */
    Optional<BackupService> backups();

    StatusService status();

    EvidenceService evidence();

    MeetingService meetings();

    TaskService tasks();

    ReportService report();

    /** The improvement action tracker. */
    ActionService actions();

    /** The CSWO dataset: measures, values and targets. */
    DatasetService dataset();

    /** Chasing leads for evidence, and the CSWO's weekly digest. */
    ChaseService chases();

    @Override
    void close();
}
