package scot.cswo.assurance.ui.evidence;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;

/** The evidence dialogs, opened from the matrix and from My tasks. */
public final class EvidenceActions {
    static final List<String> FORUMS = List.of("Joint Social Work Management Team", "Integration Joint Board",
            "Council committee", "Child Protection Committee", "Adult Support and Protection Committee",
            "MAPPA Strategic Oversight Group", "Chief Officers Group", "Council Management Team", "Other");

    private final AssuranceState state;

    public EvidenceActions(AssuranceState state) {
        this.state = state;
    }

    /** Record evidence for a row's mechanism; {@code onSaved} runs once it is on disk. */
    public void record(Window owner, MatrixRow row, Consumer<Evidence> onSaved) {
        FormDialog form = new FormDialog(owner, "evidence-dialog", Messages.get("evidence.title"),
                Messages.get("evidence.header", row.ref().text(), row.mechanism().description()),
                Messages.get("evidence.save"));
        form.noPersonalDetails();
        DatePicker date = form.field(EvidenceService.DATE, Messages.get("evidence.date"),
                Dates.picker("evidence-date", state.today(), Messages.get("evidence.date.accessible")));
        TextArea note = form.field(EvidenceService.NOTE, Messages.get("evidence.note"), new TextArea());
        note.setId("evidence-note");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        note.setPromptText(Messages.get("evidence.note.prompt"));
        TextField reference = form.field(EvidenceService.REFERENCE, Messages.get("evidence.reference"), new TextField());
        reference.setId("evidence-reference");
        ComboBox<String> forum = form.field(EvidenceService.FORUM, Messages.get("evidence.forum"),
                new ComboBox<>(FXCollections.observableArrayList(FORUMS)));
        forum.setEditable(true);
        forum.setId("evidence-forum");
        forum.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Conclusion> conclusion = form.field("Conclusion", Messages.get("evidence.conclusion"),
                new ComboBox<>(FXCollections.observableArrayList(Conclusion.values())));
        conclusion.setId("evidence-conclusion");
        conclusion.setPromptText(Messages.get("evidence.conclusion.none"));
        conclusion.setButtonCell(conclusionCell());
        conclusion.setCellFactory(v -> conclusionCell());
        TextField providedBy = form.field(EvidenceService.PROVIDED_BY, Messages.get("evidence.providedBy"),
                new TextField());
        providedBy.setId("evidence-provided-by");
        providedBy.setPromptText(Messages.get("evidence.providedBy.prompt"));
        ObservableList<Path> files = FXCollections.observableArrayList();
        ListView<Path> attachments = form.field(EvidenceService.ATTACHMENT, Messages.get("evidence.attachments"),
                new ListView<>(files));
        attachments.setPrefHeight(70);
        attachments.setId("evidence-attachments");
        Button add = new Button(Messages.get("evidence.attachments.add"));
        add.setOnAction(e -> {
            List<File> chosen = new FileChooser().showOpenMultipleDialog(owner);
            if (chosen != null) {
                chosen.forEach(f -> files.add(f.toPath()));
            }
        });
        Button remove = new Button(Messages.get("evidence.attachments.remove"));
        remove.setOnAction(e -> files.removeAll(attachments.getSelectionModel().getSelectedItems()));
        remove.disableProperty().bind(attachments.getSelectionModel().selectedItemProperty().isNull());
        form.note(new HBox(8, new Label(), add, remove));
        Label privacy = new Label(Messages.get("evidence.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("hint");
        form.note(new VBox(privacy));

        Ref ref = row.ref();
        form.show(state, () -> {
            EvidenceInput input = new EvidenceInput(date.getValue(), note.getText(), reference.getText(),
                    forum.getEditor().getText(), conclusion.getValue(), providedBy.getText(), List.copyOf(files));
            return () -> state.workspace().evidence().record(ref, input);
        }, onSaved);
    }

    /** Mark the period containing a date as needing no evidence, with the reason. */
    public void notApplicable(Window owner, MatrixRow row, Consumer<Evidence> onSaved) {
        FormDialog form = new FormDialog(owner, "not-applicable-dialog", Messages.get("notApplicable.title"),
                Messages.get("evidence.header", row.ref().text(), row.mechanism().description()),
                Messages.get("notApplicable.save"));
        form.noPersonalDetails();
        DatePicker date = form.field("Period", Messages.get("notApplicable.period"),
                Dates.picker("not-applicable-date", state.today(), Messages.get("notApplicable.period.accessible")));
        TextArea reason = form.field(EvidenceService.REASON, Messages.get("notApplicable.reason"), new TextArea());
        reason.setId("not-applicable-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Ref ref = row.ref();
        form.show(state, () -> {
            LocalDate chosen = date.getValue() == null ? state.today() : date.getValue();
            String why = reason.getText();
            return () -> state.workspace().evidence().notApplicable(ref, chosen, why);
        }, onSaved);
    }

    /** An event-driven mechanism's "nothing to report" return for a quarter. */
    public void nothingToReport(Window owner, MatrixRow row, Consumer<Evidence> onSaved) {
        FormDialog form = new FormDialog(owner, "nothing-to-report-dialog", Messages.get("nothingToReport.title"),
                Messages.get("evidence.header", row.ref().text(), row.mechanism().description()),
                Messages.get("nothingToReport.save"));
        DatePicker date = form.field("Quarter", Messages.get("nothingToReport.quarter"),
                Dates.picker("nothing-to-report-date", state.today(), Messages.get("nothingToReport.quarter.accessible")));
        Ref ref = row.ref();
        form.show(state, () -> {
            LocalDate chosen = date.getValue() == null ? state.today() : date.getValue();
            return () -> state.workspace().evidence().nothingToReport(ref, chosen);
        }, onSaved);
    }

    private static ListCell<Conclusion> conclusionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Conclusion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? Messages.get("evidence.conclusion.none") : item.label());
            }
        };
    }
}
