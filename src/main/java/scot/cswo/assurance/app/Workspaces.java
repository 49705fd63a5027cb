package scot.cswo.assurance.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import scot.cswo.assurance.domain.evidence.AttachmentStore;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;
import scot.cswo.assurance.store.FileAttachmentStore;
import scot.cswo.assurance.store.MarkOfTheWeb;
import scot.cswo.assurance.store.ServerAddress;
import scot.cswo.assurance.store.ServerAttachmentStore;
import scot.cswo.assurance.service.ConnectionField;

/**
 * Opens the database asked for: --db or --jdbc when given, else CSWO_ASSURANCE_DB, else the server
 * this PC is set to use, else its own file in the data folder.
 */
final class Workspaces implements WorkspaceOpener {
    private final AppPaths paths;
    private final ConnectionSettingsFile settings;
    private final PasswordPrompt passwords;
    private final Identity identity;
    private final Clock clock;
    private final EmbeddedBackups.ThisPc pc;

    Workspaces(AppPaths paths, PasswordPrompt passwords, Identity identity, Clock clock) {
        this(paths, passwords, identity, clock, System.getenv());
    }

    /** @param environment this PC's variables (whether this is a remote desktop session) */
    Workspaces(AppPaths paths, PasswordPrompt passwords, Identity identity, Clock clock,
               Map<String, String> environment) {
        this.paths = paths;
        this.settings = new ConnectionSettingsFile(paths.connectionSettings());
        this.passwords = passwords;
        this.identity = identity;
        this.clock = clock;
        this.pc = new EmbeddedBackups.ThisPc(paths.backupCopySettings(), environment);
    }

    ConnectionSettingsFile settings() {
        return settings;
    }

    @Override
    public Workspace open(DatabaseChoice choice, Mode mode) {
        return switch (resolved(choice)) {
            case DatabaseChoice.File(Path path) -> embedded(database(path),
                    mode == Mode.CREATE_IF_MISSING ? created -> { } : null);
            case DatabaseChoice.Server server -> server(server);
        };
    }

    @Override
    public Workspace create(DatabaseChoice choice, Consumer<Workspace> setUp) {
        if (!(resolved(choice) instanceof DatabaseChoice.File(Path path))) {
            return WorkspaceOpener.super.create(choice, setUp);
        }
        AtomicBoolean setUpBeside = new AtomicBoolean();
        Workspace workspace = embedded(database(path), created -> {
            setUp.accept(created);
            setUpBeside.set(true);
        });
        return setUpBeside.get() ? workspace : WorkspaceOpener.setUpInPlace(workspace, setUp);
    }

    private DatabaseChoice resolved(DatabaseChoice choice) {
        if (choice instanceof DatabaseChoice.File(Path path) && path == null && !paths.databaseFromEnvironment()) {
            return settings.server().<DatabaseChoice>map(s -> s).orElse(choice);
        }
        return choice;
    }

    /** The file asked for, else the one CSWO_ASSURANCE_DB names (quotes and all), else this PC's usual one. */
    private Path database(Path requested) {
        return paths.database(requested != null ? requested : DatabaseVariable.fromEnvironment().orElse(null));
    }

    /** @param setUpIfNew sets up a new database before it is put in place; null: it must exist */
    private Workspace embedded(Path file, Consumer<Workspace> setUpIfNew) {
        DatabaseLocation location = DatabaseLocation.of(file);
        AttachmentStore attachments = new MarkOfTheWeb(FileAttachmentStore.beside(location));
        Database database = Database.openEmbedded(location, setUpIfNew == null ? null
                : created -> setUpIfNew.accept(new DatabaseWorkspace(created, attachments, identity, clock, pc)));
        return new DatabaseWorkspace(database, attachments, identity, clock, pc);
    }

    private Workspace server(DatabaseChoice.Server server) {
        Database database = connect(server);
        return new DatabaseWorkspace(database, new ServerAttachmentStore(database, paths.attachmentCache()), identity,
                clock, pc);
    }

    /** Signs in with the Windows logon when set to, otherwise with a password asked for now and then wiped. */
    private Database connect(DatabaseChoice.Server server) {
        ServerAddress address = ServerAddress.parse(server.url(), ConnectionField.SERVER_ADDRESS);
        if (server.windowsSignIn()) {
            return Database.openServerWithWindowsSignIn(address, server.user());
        }
        char[] password = server.passwordFile() != null ? PasswordFile.read(server.passwordFile())
                : passwords.passwordFor(server);
        if (password == null) {
            throw new StoreUnavailableException("No password was given for " + address.describe()
                    + ", so it was not opened.");
        }
        try {
            return Database.openServer(address, server.user(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
