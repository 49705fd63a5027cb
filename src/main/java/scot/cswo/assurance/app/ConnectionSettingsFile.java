package scot.cswo.assurance.app;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.files.SafeFiles;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseCopy;
import scot.cswo.assurance.store.FileAttachmentStore;
import scot.cswo.assurance.store.ServerAddress;
import scot.cswo.assurance.service.ConnectionField;

/**
 * This PC's connection settings in {@code connection.properties}: the server address and user, and
 * whether to sign in with the Windows logon; never a password.
 */
final class ConnectionSettingsFile implements ConnectionSettings {
    private static final String URL = "server.url";
    private static final String USER = "server.user";
    /** "windows" for single sign-on with the Windows logon (Kerberos); otherwise a password is asked for. */
    private static final String SIGN_IN = "server.sign-in";
    private static final String WINDOWS = "windows";

    private final Path file;

    ConnectionSettingsFile(Path file) {
        this.file = file;
    }

    @Override
    public Optional<DatabaseChoice.Server> server() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new StoreUnavailableException("The connection settings " + file + " could not be read: "
                    + e.getMessage(), e);
        }
        String url = properties.getProperty(URL);
        return url == null || url.isBlank() ? Optional.empty()
                : Optional.of(new DatabaseChoice.Server(url.strip(), properties.getProperty(USER, "").strip(),
                WINDOWS.equalsIgnoreCase(properties.getProperty(SIGN_IN, "").strip())));
    }

    @Override
    public void useServer(String url, String user, boolean windowsSignIn) {
        ServerAddress address = ServerAddress.parse(url, ConnectionField.SERVER_ADDRESS);
        if (user == null || user.isBlank()) {
            throw new InvalidDataException(List.of(Problem.of(ConnectionField.USER, "",
                    "give the user name the server knows you by.")));
        }
        Properties properties = new Properties();
        properties.setProperty(URL, address.jdbcUrl());
        properties.setProperty(USER, user.strip());
        if (windowsSignIn) {
            properties.setProperty(SIGN_IN, WINDOWS);
        }
        write(properties);
    }

    @Override
    public void useThisPc() {
        write(new Properties());
    }

    @Override
    public Map<String, Integer> copyToServer(Workspace from, String url, String user, char[] password) {
        from.access().require(Role.ADMINISTRATOR, "copy the database to a server");
        if (!(from instanceof DatabaseWorkspace open) || !open.database().embedded()) {
            throw new RefusedException("Only this PC's own database can be copied to a server.");
        }
        ServerAddress address = ServerAddress.parse(url, ConnectionField.SERVER_ADDRESS);
        FileAttachmentStore attachments = FileAttachmentStore.beside(open.database().embeddedLocation().orElseThrow());
        try (Database server = Database.openServer(address, user, password)) {
            return DatabaseCopy.copy(open.database(), server, attachments::file);
        }
    }

    private void write(Properties properties) {
        try (StringWriter out = new StringWriter()) {
            properties.store(out, "CSWO Assurance: the database this PC uses. No password is kept here.");
            SafeFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreUnavailableException("The connection settings could not be saved: " + e.getMessage(), e);
        }
    }
}
