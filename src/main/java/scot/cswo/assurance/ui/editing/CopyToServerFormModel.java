package scot.cswo.assurance.ui.editing;

import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.service.ConnectionField;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/** Copying everything in this PC's database to an empty database on the server; gives back rows per table. */
public final class CopyToServerFormModel extends FormModel<ConnectionField, Map<String, Integer>> {
    private final ServerCopy copy;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");

    /** @param connections this PC's settings, whose server (if any) the form starts on */
    public CopyToServerFormModel(ServerCopy copy, ConnectionSettings connections, AssuranceState state,
                                 DialogService dialogs) {
        super(state, dialogs, ConnectionField.class);
        this.copy = copy;
        url.set(connections.server().map(DatabaseChoice.Server::url).orElse(""));
        user.set(connections.server().map(DatabaseChoice.Server::user).orElse(""));
    }

    @Override
    protected Callable<Map<String, Integer>> change() {
        String address = url.get();
        String name = user.get();
        char[] secret = password.get().toCharArray();
        return () -> copy.copy(address, name, secret);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }
}
