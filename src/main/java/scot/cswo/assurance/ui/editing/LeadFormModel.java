package scot.cswo.assurance.ui.editing;

import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.FrameworkField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/** A lead's name, job title, Windows account, email and whether they are still in post: a new lead or a change. */
public final class LeadFormModel extends FormModel<FrameworkField, Lead> {
    private final FrameworkEditor editor;
    /** The lead changed, or null for a new one. */
    private final Lead existing;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);

    /** @param existing the lead to change, or null to add one */
    public LeadFormModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs, Lead existing) {
        super(state, dialogs, FrameworkField.class);
        this.editor = editor;
        this.existing = existing;
        if (existing != null) {
            name.set(existing.name());
            jobTitle.set(Objects.toString(existing.jobTitle(), ""));
            account.set(Objects.toString(existing.windowsAccount(), ""));
            email.set(Objects.toString(existing.email(), ""));
            active.set(existing.active());
        }
    }

    @Override
    protected Callable<Lead> change() {
        LeadInput input = new LeadInput(name.get(), jobTitle.get(), account.get(), email.get(), active.get());
        if (existing == null) {
            return () -> editor.addLead(input);
        }
        long id = existing.id();
        int version = existing.version();
        return () -> editor.updateLead(id, version, input);
    }

    /** The lead being changed, or null for a new one. */
    public Lead existing() {
        return existing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty jobTitleProperty() {
        return jobTitle;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
