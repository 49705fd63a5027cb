package scot.cswo.assurance.ui.editing;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;

/** Who has which role; an administrator grants or changes one. */
public final class RolesViewModel {
    private final Access access;
    private final AssuranceState state;
    private final DialogService dialogs;
    private final ObservableList<Map.Entry<String, Role>> granted = FXCollections.observableArrayList();
    private final StringProperty account = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.EDITOR);

    public RolesViewModel(Access access, AssuranceState state, DialogService dialogs) {
        this.access = access;
        this.state = state;
        this.dialogs = dialogs;
    }

    /** On a server that enforces roles, accounts are the server's logins and a role given here is the server's. */
    public boolean server() {
        return access.enforcedByServer();
    }

    public void reload() {
        state.load(access::roles, roles -> granted.setAll(List.copyOf(roles.entrySet())), dialogs::failed);
    }

    /** Gives the account typed the role chosen; a refusal is explained in a dialog. */
    public void grant() {
        String who = account.get();
        Role what = role.get();
        state.save(() -> {
            access.grant(who, what);
            return who;
        }, done -> reload(), dialogs::failed);
    }

    /** Picking an account in the list puts it and its role in the fields, to change. */
    public void pick(Map.Entry<String, Role> entry) {
        if (entry != null) {
            account.set(entry.getKey());
            role.set(entry.getValue());
        }
    }

    public ObservableList<Map.Entry<String, Role>> granted() {
        return granted;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }
}
