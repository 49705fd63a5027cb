package scot.cswo.assurance.app;

import java.nio.file.Path;
import java.time.Clock;
import scot.cswo.assurance.service.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.service.meeting.MeetingService;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.service.schedule.StatusService;
import scot.cswo.assurance.service.tasks.TaskService;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;
import scot.cswo.assurance.store.FileAttachmentStore;
import scot.cswo.assurance.store.evidence.JooqEvidenceRepository;
import scot.cswo.assurance.store.lead.JooqLeadRepository;
import scot.cswo.assurance.store.matrix.JooqMatrixRepository;
import scot.cswo.assurance.store.meeting.JooqMeetingRepository;
import scot.cswo.assurance.store.report.JooqReportRepository;

/** The services wired to one embedded H2 database. */
final class EmbeddedWorkspace implements Workspace {
    private final Database database;
    private final MatrixService matrix;
    private final StatusService status;
    private final EvidenceService evidence;
    private final MeetingService meetings;
    private final TaskService tasks;
    private final ReportService report;

    private EmbeddedWorkspace(Database database, Identity identity, Clock clock) {
        this.database = database;
        JooqEvidenceRepository evidenceRepository = new JooqEvidenceRepository(database);
        JooqMeetingRepository meetingRepository = new JooqMeetingRepository(database);
        JooqLeadRepository leadRepository = new JooqLeadRepository(database);
        this.matrix = new MatrixService(new JooqMatrixRepository(database, clock));
        this.status = new StatusService(matrix, evidenceRepository, meetingRepository);
        this.evidence = new EvidenceService(matrix, status, evidenceRepository, leadRepository,
                FileAttachmentStore.beside(database.location()), identity, clock);
        this.meetings = new MeetingService(matrix, meetingRepository, identity, clock);
        this.tasks = new TaskService(leadRepository, identity, clock);
        this.report = new ReportService(matrix, status, evidence, new JooqReportRepository(database), identity, clock);
    }

    /** Opens the database the user asked for (or the default) as a workspace. */
    static WorkspaceOpener opener(AppPaths paths, Identity identity, Clock clock) {
        return (requested, mode) -> new EmbeddedWorkspace(
                Database.openEmbedded(DatabaseLocation.of(paths.database(requested)),
                        mode == WorkspaceOpener.Mode.CREATE_IF_MISSING),
                identity, clock);
    }

    @Override
    public Path location() {
        return database.location().file();
    }

    @Override
    public MatrixService matrix() {
        return matrix;
    }

    @Override
    public StatusService status() {
        return status;
    }

    @Override
    public EvidenceService evidence() {
        return evidence;
    }

    @Override
    public MeetingService meetings() {
        return meetings;
    }

    @Override
    public TaskService tasks() {
        return tasks;
    }

    @Override
    public ReportService report() {
        return report;
    }

    @Override
    public void close() {
        database.close();
    }
}
