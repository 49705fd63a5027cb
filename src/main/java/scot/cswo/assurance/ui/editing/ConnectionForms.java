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
import scot.cswo.assurance.service.ConnectionField;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;

/** Which database this PC uses, and moving this PC's data to the office's shared server. */
public final class ConnectionForms {
    private static final String SERVER_EXAMPLE = "jdbc:postgresql://sql01.council.local:5432/cswo";

    private final ConnectionSettings connections;
    private final ServerCopy copy;
    private final String where;
    private final AssuranceState state;
    private final DialogService dialogs;

    /** @param where the database open now, as users see it */
    public ConnectionForms(ConnectionSettings connections, ServerCopy copy, String where, AssuranceState state,
                           DialogService dialogs) {
        this.connections = connections;
        this.copy = copy;
        this.where = where;
        this.state = state;
        this.dialogs = dialogs;
    }

    /** This PC's own file, or a shared PostgreSQL server; used from the next start. */
    public void choose(Window owner) {
        ConnectionFormModel model = new ConnectionFormModel(connections, state, dialogs);
        FormDialog form = new FormDialog(owner, "connection-dialog", Messages.get("connection.title"),
                Messages.get("connection.header", where), Messages.get("connection.save"));
        ToggleGroup choice = new ToggleGroup();
        RadioButton thisPc = new RadioButton(Messages.get("connection.thisPc"));
        thisPc.setToggleGroup(choice);
        RadioButton server = new RadioButton(Messages.get("connection.server"));
        server.setToggleGroup(choice);
        server.setId("connection-server");
        form.note(new VBox(6, thisPc, server));
        (model.useServerProperty().get() ? server : thisPc).setSelected(true);
        model.useServerProperty().bind(server.selectedProperty());
        TextField url = text(form, ConnectionField.SERVER_ADDRESS, "connection.url", "connection-url");
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = text(form, ConnectionField.USER, "connection.user", "connection-user");
        user.textProperty().bindBidirectional(model.userProperty());
        CheckBox windowsSignIn = new CheckBox(Messages.get("connection.windowsSignIn"));
        windowsSignIn.setId("connection-windows-sign-in");
        windowsSignIn.selectedProperty().bindBidirectional(model.windowsSignInProperty());
        form.note(windowsSignIn);
        url.disableProperty().bind(thisPc.selectedProperty());
        user.disableProperty().bind(thisPc.selectedProperty());
        windowsSignIn.disableProperty().bind(thisPc.selectedProperty());
        form.hint(Messages.get("connection.note"));
        form.show(model, saved -> dialogs.done(Messages.get("connection.title"), Messages.get("connection.done")));
    }

    /** Copies everything in this PC's database to an empty database on the server. */
    public void copyToServer(Window owner) {
        CopyToServerFormModel model = new CopyToServerFormModel(copy, connections, state, dialogs);
        FormDialog form = new FormDialog(owner, "copy-dialog", Messages.get("copy.title"),
                Messages.get("copy.header", where), Messages.get("copy.save"));
        TextField url = text(form, ConnectionField.SERVER_ADDRESS, "connection.url", "copy-url");
        url.textProperty().bindBidirectional(model.urlProperty());
        text(form, ConnectionField.USER, "connection.user", "copy-user").textProperty()
                .bindBidirectional(model.userProperty());
        PasswordField password = form.field(ConnectionField.PASSWORD, Messages.get("password.field") + ":",
                new PasswordField());
        password.setId("copy-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        form.hint(Messages.get("copy.note"));
        form.show(model, copied -> dialogs.done(Messages.get("copy.title"), Messages.get("copy.done",
                summary(copied))));
    }

    private static TextField text(FormDialog form, ConnectionField key, String label, String id) {
        TextField field = form.field(key, Messages.get(label), new TextField());
        field.setId(id);
        if (key == ConnectionField.SERVER_ADDRESS) {
            field.setPromptText(SERVER_EXAMPLE);
        }
        return field;
    }

    private static String summary(Map<String, Integer> copied) {
        return copied.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().replace('_', ' ') + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
