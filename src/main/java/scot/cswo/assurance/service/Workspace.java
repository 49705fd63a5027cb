package scot.cswo.assurance.service;

import java.nio.file.Path;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.service.meeting.MeetingService;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.service.schedule.StatusService;
import scot.cswo.assurance.service.tasks.TaskService;

/** An open database and the services working on it. Closing it releases the database. */
public interface Workspace extends AutoCloseable {

    /** The database file, as users see it (…\assurance.mv.db). */
    Path location();

    MatrixService matrix();

    StatusService status();

    EvidenceService evidence();

    MeetingService meetings();

    TaskService tasks();

    ReportService report();

    @Override
    void close();
}
