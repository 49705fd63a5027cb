package scot.cswo.assurance.ui.editing;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;

/** Which database this PC uses, and moving this PC's data to the office's shared server. */
public final class ConnectionActions {
    static final String URL_FIELD = "Server address";
    static final String USER_FIELD = "User";

    private final AssuranceState state;
    private final ConnectionSettings connections;

    public ConnectionActions(AssuranceState state, ConnectionSettings connections) {
        this.state = state;
        this.connections = connections;
    }

    /** This PC's own file, or a shared PostgreSQL server; used from the next start. */
    public void choose(Window owner) {
        var current = connections.server();
        FormDialog form = new FormDialog(owner, "connection-dialog", Messages.get("connection.title"),
                Messages.get("connection.header", state.workspace().where()), Messages.get("connection.save"));
        ToggleGroup where = new ToggleGroup();
        RadioButton thisPc = new RadioButton(Messages.get("connection.thisPc"));
        thisPc.setToggleGroup(where);
        RadioButton server = new RadioButton(Messages.get("connection.server"));
        server.setToggleGroup(where);
        server.setId("connection-server");
        form.note(new VBox(6, thisPc, server));
        TextField url = form.field(URL_FIELD, Messages.get("connection.url"),
                new TextField(current.map(DatabaseChoice.Server::url).orElse("")));
        url.setId("connection-url");
        url.setPromptText("jdbc:postgresql://sql01.council.local:5432/cswo");
        TextField user = form.field(USER_FIELD, Messages.get("connection.user"),
                new TextField(current.map(DatabaseChoice.Server::user).orElse("")));
        user.setId("connection-user");
        CheckBox windowsSignIn = new CheckBox(Messages.get("connection.windowsSignIn"));
        windowsSignIn.setId("connection-windows-sign-in");
        windowsSignIn.setSelected(current.map(DatabaseChoice.Server::windowsSignIn).orElse(false));
        form.note(windowsSignIn);
        url.disableProperty().bind(thisPc.selectedProperty());
        user.disableProperty().bind(thisPc.selectedProperty());
        windowsSignIn.disableProperty().bind(thisPc.selectedProperty());
        (current.isPresent() ? server : thisPc).setSelected(true);
        form.hint(Messages.get("connection.note"));
        form.show(state, () -> {
            boolean useServer = server.isSelected();
            String address = url.getText();
            String name = user.getText();
            boolean signIn = windowsSignIn.isSelected();
            return () -> {
                if (useServer) {
                    connections.useServer(address, name, signIn);
                } else {
                    connections.useThisPc();
                }
                return useServer;
            };
        }, saved -> Alerts.done(owner, Messages.get("connection.title"), Messages.get("connection.done")));
    }

    /** Copies everything in this PC's database to an empty database on the server. */
    public void copyToServer(Window owner) {
        FormDialog form = new FormDialog(owner, "copy-dialog", Messages.get("copy.title"),
                Messages.get("copy.header", state.workspace().where()), Messages.get("copy.save"));
        TextField url = form.field(URL_FIELD, Messages.get("connection.url"),
                new TextField(connections.server().map(DatabaseChoice.Server::url).orElse("")));
        url.setId("copy-url");
        url.setPromptText("jdbc:postgresql://sql01.council.local:5432/cswo");
        TextField user = form.field(USER_FIELD, Messages.get("connection.user"),
                new TextField(connections.server().map(DatabaseChoice.Server::user).orElse("")));
        user.setId("copy-user");
        PasswordField password = form.field("Password", Messages.get("password.field") + ":", new PasswordField());
        password.setId("copy-password");
        form.hint(Messages.get("copy.note"));
        form.show(state, () -> {
            String address = url.getText();
            String name = user.getText();
            char[] secret = password.getText().toCharArray();
            return () -> connections.copyToServer(state.workspace(), address, name, secret);
        }, copied -> Alerts.done(owner, Messages.get("copy.title"), Messages.get("copy.done", summary(copied))));
    }

    private static String summary(Map<String, Integer> copied) {
        return copied.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().replace('_', ' ') + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
