package scot.cswo.assurance.ui.actions;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import scot.cswo.assurance.domain.action.ActionField;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DateField;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Shown;

/**
 * The Add action and Edit action form, opened from the action tracker and, for an action already
 * open, from Raise an action.
 */
public final class ActionForm {
    private ActionForm() {
    }

    /** @param leads the matrix's leads, offered for the action's lead (anyone else may be typed) */
    public static void show(Window owner, AssuranceState state, ActionFormModel action, List<String> leads,
                            Consumer<? super TrackedAction> onSaved) {
        boolean adding = action.adding();
        FormDialog form = new FormDialog(owner, "action-dialog", Messages.get(adding ? "actions.add.title"
                : "actions.edit.title"), action.heading(), Messages.get("actions.save"));
        form.noPersonalDetails();
        TextArea title = form.field(ActionField.ACTION, Messages.get("actions.field.action"), new TextArea());
        title.setId("action-title");
        title.setPrefRowCount(3);
        title.setWrapText(true);
        title.textProperty().bindBidirectional(action.titleProperty());
        ComboBox<ActionSource> source = form.field(ActionField.SOURCE, Messages.get("actions.field.source"),
                new ComboBox<>(FXCollections.observableArrayList(ActionSource.values())));
        source.setId("action-source");
        source.setConverter(Shown.as(ActionSource::label, ""));
        source.valueProperty().bindBidirectional(action.sourceProperty());
        if (adding) {
            TextField sourceRef = form.field(ActionField.SOURCE_REFERENCE, Messages.get("actions.field.sourceRef"),
                    new TextField());
            sourceRef.setId("action-source-ref");
            sourceRef.textProperty().bindBidirectional(action.sourceReferenceProperty());
        }
        ComboBox<String> lead = form.field(ActionField.LEAD, Messages.get("actions.field.lead"),
                new ComboBox<>(FXCollections.observableList(leads)));
        lead.setId("action-lead");
        lead.setEditable(true);
        lead.setValue(action.leadProperty().get());
        lead.getEditor().textProperty().bindBidirectional(action.leadProperty());
        DateField target = form.field(ActionField.TARGET_DATE, Messages.get("actions.field.target"),
                Dates.picker("action-target", null, Messages.get("actions.field.target.accessible")));
        target.valueProperty().bindBidirectional(action.targetProperty());
        ComboBox<ActionProgress> progress = form.field(ActionField.PROGRESS, Messages.get("actions.field.progress"),
                new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(ActionProgress.values()))));
        progress.setId("action-progress");
        progress.setConverter(Shown.as(ActionProgress::label, ""));
        progress.valueProperty().bindBidirectional(action.progressProperty());
        form.show(state, () -> {
            target.read(ActionField.TARGET_DATE);
            return action.change();
        }, onSaved);
    }
}
