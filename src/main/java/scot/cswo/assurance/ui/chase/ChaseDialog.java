package scot.cswo.assurance.ui.chase;

import java.time.LocalDate;
import java.util.Collection;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.service.chase.ChaseService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Browser;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Styles;

/**
 * "Chase…" from My tasks and the matrix: one dialog listing one message per lead, the leads without
 * an address, and the covering text, with Write drafts… and (when a relay is set up) Send… (ADR 35).
 */
public final class ChaseDialog {
    private static final ButtonType DRAFTS = new ButtonType(Messages.get("chase.drafts"), ButtonBar.ButtonData.LEFT);
    private static final ButtonType SEND = new ButtonType(Messages.get("chase.send"), ButtonBar.ButtonData.LEFT);
    private static final ButtonType CLOSE = new ButtonType(Messages.get("chase.close"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    private final AssuranceState state;
    private final ChaseService chases;
    private final DialogService dialogs;
    private final Browser browser;

    public ChaseDialog(AssuranceState state, ChaseService chases, DialogService dialogs, Browser browser) {
        this.state = state;
        this.chases = chases;
        this.dialogs = dialogs;
        this.browser = browser;
    }

    /** The chases, for the rows' "Chased … by …". */
    public ChaseService service() {
        return chases;
    }

    /**
     * @param asOf         the date the rows' statuses are for
     * @param mechanismIds the mechanisms of the rows chosen or shown
     * @param leadName     only this lead (My tasks: the lead whose tasks they are), or null for each of their leads
     * @param withActions  whether the leads' overdue improvement actions are listed too (My tasks shows them)
     */
    public void show(Window owner, LocalDate asOf, Collection<Long> mechanismIds, String leadName,
                     boolean withActions) {
        ChaseDialogModel model = new ChaseDialogModel(state, chases, dialogs, browser, asOf, mechanismIds, leadName,
                withActions);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("chase.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("chase-dialog");
        dialog.getDialogPane().getStylesheets().add(Styles.sheet());
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().getButtonTypes().addAll(DRAFTS, SEND, CLOSE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        action(dialog, DRAFTS, "chase-drafts", model::writeDrafts).disableProperty().bind(model.readyProperty().not());
        Button send = action(dialog, SEND, "chase-send", model::send);
        send.disableProperty().bind(model.readyProperty().not());
        send.visibleProperty().bind(model.relayProperty());
        send.managedProperty().bind(model.relayProperty());
        ((Button) dialog.getDialogPane().lookupButton(CLOSE)).setId("chase-close");
        model.finishedProperty().addListener((obs, was, done) -> {
            if (done) {
                dialog.close();
            }
        });
        // The list of leads without an address appears once loaded: the dialog grows to show it.
        model.withoutAddress().addListener((ListChangeListener<String>) c -> dialog.getDialogPane().getScene()
                .getWindow().sizeToScene());
        dialog.show();
        model.load();
    }

    /** A button in the dialog's bar that acts without closing it. */
    private static Button action(Dialog<ButtonType> dialog, ButtonType type, String id, Runnable action) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        return button;
    }

    private static Node content(ChaseDialogModel model) {
        Label summary = new Label();
        summary.setId("chase-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        ListView<String> messages = new ListView<>(model.messages());
        messages.setId("chase-messages");
        messages.setAccessibleText(Messages.get("chase.messages"));
        messages.setPrefHeight(110);
        Label messagesHeading = heading("chase.messages", messages);

        ListView<String> missing = new ListView<>(model.withoutAddress());
        missing.setId("chase-no-address");
        missing.setAccessibleText(Messages.get("chase.noAddress.heading"));
        missing.setPrefHeight(110);
        Label missingHeading = heading("chase.noAddress.heading", missing);
        Label missingHint = FormDialog.hintLabel(Messages.get("chase.noAddress.hint"));
        VBox without = new VBox(4, missingHeading, missing, missingHint);
        without.visibleProperty().bind(Bindings.isNotEmpty(model.withoutAddress()));
        without.managedProperty().bind(without.visibleProperty());
        // Side by side, so the dialog fits a 1280×720 screen with the covering text in view.
        VBox with = new VBox(4, messagesHeading, messages);
        HBox lists = new HBox(12, with, without);
        HBox.setHgrow(with, Priority.ALWAYS);
        HBox.setHgrow(without, Priority.ALWAYS);
        with.setPrefWidth(500);
        without.setPrefWidth(268);

        TextField subject = new TextField();
        subject.setId("chase-subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        Label subjectLabel = heading("chase.subject", subject);
        TextArea body = new TextArea();
        body.setId("chase-body");
        body.setWrapText(true);
        body.setPrefRowCount(6);
        body.textProperty().bindBidirectional(model.bodyProperty());
        Label bodyLabel = heading("chase.body", body);
        Label bodyHint = FormDialog.hintLabel(Messages.get("chase.body.hint"));

        Button keep = new Button(Messages.get("chase.keep"));
        keep.setId("chase-keep");
        keep.setOnAction(e -> model.keepTemplate());
        Label kept = new Label();
        kept.setId("chase-kept");
        kept.textProperty().bind(model.noteProperty());
        HBox keeping = new HBox(8, keep, kept);
        keeping.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(6, summary, lists, subjectLabel, subject, bodyLabel, body, bodyHint, keeping);
        VBox.setVgrow(body, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        content.setPrefWidth(780);
        return content;
    }

    private static Label heading(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("fact-name");
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        // Whole at any text size: on as many lines as it takes, never ending in "…".
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
