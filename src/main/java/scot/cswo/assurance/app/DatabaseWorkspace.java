package scot.cswo.assurance.app;

import java.time.Clock;
import java.util.Optional;
import scot.cswo.assurance.domain.evidence.AttachmentStore;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.access.Actor;
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
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.access.JooqRoleRepository;
import scot.cswo.assurance.store.access.ServerRoleRepository;
import scot.cswo.assurance.store.chase.JooqChaseRepository;
import scot.cswo.assurance.store.action.JooqActionRepository;
import scot.cswo.assurance.store.dataset.JooqDatasetRepository;
import scot.cswo.assurance.store.evidence.JooqEvidenceRepository;
import scot.cswo.assurance.store.history.JooqHistoryLog;
import scot.cswo.assurance.store.lead.JooqLeadRepository;
import scot.cswo.assurance.store.matrix.JooqMatrixEditing;
import scot.cswo.assurance.store.matrix.JooqMatrixRepository;
import scot.cswo.assurance.store.meeting.JooqMeetingRepository;
import scot.cswo.assurance.store.report.JooqReportRepository;

/** The services wired to one open database: an embedded H2 file or a PostgreSQL server. */
final class DatabaseWorkspace implements Workspace {
    private final Database database;
    private final Access access;
    private final MatrixService matrix;
    private final FrameworkEditor editor;
    private final ImportService imports;
    private final MatrixExport export;
    private final DueCalendar calendar;
    private final HistoryService history;
    private final EmbeddedBackups backups;
    private final StatusService status;
    private final EvidenceService evidence;
    private final MeetingService meetings;
    private final TaskService tasks;
    private final ReportService report;
    private final ActionService actions;
    private final DatasetService dataset;
    private final ChaseService chases;

    DatabaseWorkspace(Database database, AttachmentStore attachments, Identity identity, Clock clock,
                      EmbeddedBackups.ThisPc pc) {
        this.database = database;
        JooqEvidenceRepository evidenceRepository = new JooqEvidenceRepository(database);
        JooqMeetingRepository meetingRepository = new JooqMeetingRepository(database);
        JooqLeadRepository leadRepository = new JooqLeadRepository(database);
        // On a server that enforces roles, the person is who the server signed in, and their role its role.
        this.access = database.serverRoles()
                .map(server -> new Access(new ServerRoleRepository(database, server), leadRepository,
                        new Identity(server.login()), clock))
                .orElseGet(() -> new Access(new JooqRoleRepository(database), leadRepository, identity, clock));
        access.welcomeFirstAccount();
        JooqMatrixRepository matrixRepository = new JooqMatrixRepository(database);
        this.matrix = new MatrixService(matrixRepository, access, clock);
        Actor actor = new Actor(access, clock);
        this.editor = new FrameworkEditor(matrix, new JooqMatrixEditing(database, matrixRepository), leadRepository,
                actor);
        this.imports = new ImportService(matrixRepository, evidenceRepository, leadRepository, actor);
        this.status = new StatusService(matrix, evidenceRepository, meetingRepository);
        this.export = new MatrixExport(status);
        this.calendar = new DueCalendar(matrix, status, clock);
        this.history = new HistoryService(new JooqHistoryLog(database), clock.getZone());
        this.backups = database.embedded() ? new EmbeddedBackups(database, access, clock, pc) : null;
        this.evidence = new EvidenceService(matrix, status, evidenceRepository, leadRepository,
                attachments, access, clock);
        this.meetings = new MeetingService(meetingRepository, access, clock);
        this.tasks = new TaskService(leadRepository, access, clock);
        this.actions = new ActionService(new JooqActionRepository(database), access, clock);
        this.dataset = new DatasetService(new JooqDatasetRepository(database), access, clock);
        this.chases = new ChaseService(status, actions, leadRepository, new JooqChaseRepository(database),
                new Actor(access, clock));
        this.report = new ReportService(matrix, status, evidence, new JooqReportRepository(database), dataset, actions,
                access, clock);
    }

    @Override
    public String where() {
        return database.description();
    }

    Database database() {
        return database;
    }

    @Override
    public Optional<String> notice() {
        Optional<String> backupsWarning = backups == null ? Optional.empty() : backups.warning();
        if (database.recovered().isEmpty()) {
            return backupsWarning;
        }
        return Optional.of(database.recovered().get() + backupsWarning.map(w -> "\n\n" + w).orElse(""));
    }

    @Override
    public Access access() {
        return access;
    }

    @Override
    public ActionService actions() {
        return actions;
    }

    @Override
    public DatasetService dataset() {
        return dataset;
    }

    @Override
    public ChaseService chases() {
        return chases;
    }

    @Override
    public MatrixService matrix() {
        return matrix;
    }

    @Override
    public FrameworkEditor editor() {
        return editor;
    }

    @Override
    public ImportService imports() {
        return imports;
    }

    @Override
    public MatrixExport export() {
        return export;
    }

    @Override
    public DueCalendar calendar() {
        return calendar;
    }

    @Override
    public HistoryService history() {
        return history;
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
    public Optional<BackupService> backups() {
        return Optional.ofNullable(backups);
    }

    @Override
    public void close() {
        database.close();
        if (backups != null) {
            backups.afterClose();
        }
    }
}
