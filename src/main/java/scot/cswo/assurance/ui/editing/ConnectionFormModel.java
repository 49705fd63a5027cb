package scot.cswo.assurance.ui.editing;

import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.service.ConnectionField;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/** Which database this PC uses from the next start: its own file, or a shared PostgreSQL server. */
public final class ConnectionFormModel extends FormModel<ConnectionField, Boolean> {
    private final ConnectionSettings connections;
    private final BooleanProperty useServer = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final BooleanProperty windowsSignIn = new SimpleBooleanProperty();

    public ConnectionFormModel(ConnectionSettings connections, AssuranceState state, DialogService dialogs) {
        super(state, dialogs, ConnectionField.class);
        this.connections = connections;
        var current = connections.server();
        useServer.set(current.isPresent());
        url.set(current.map(DatabaseChoice.Server::url).orElse(""));
        user.set(current.map(DatabaseChoice.Server::user).orElse(""));
        windowsSignIn.set(current.map(DatabaseChoice.Server::windowsSignIn).orElse(false));
    }

    /** Gives back whether a server is now chosen. */
    @Override
    protected Callable<Boolean> change() {
        boolean server = useServer.get();
        String address = url.get();
        String name = user.get();
        boolean signIn = windowsSignIn.get();
        return () -> {
            if (server) {
                connections.useServer(address, name, signIn);
            } else {
                connections.useThisPc();
            }
            return server;
        };
    }

    public BooleanProperty useServerProperty() {
        return useServer;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public BooleanProperty windowsSignInProperty() {
        return windowsSignIn;
    }
}
