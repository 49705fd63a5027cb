package scot.cswo.assurance.ui.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.PeriodOutcome;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.evidence.EvidenceField;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DateField;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.ReasonFormModel;

/**
 * The evidence dialogs, opened from the matrix and from My tasks: recording evidence, "not
 * applicable" and "nothing to report", and correcting or withdrawing a record, each with a reason.
 * Each form binds its fields to its view-model, which saves through the evidence service.
 */
public final class EvidenceForms {
    static final List<String> FORUMS = List.of("Joint Social Work Management Team", "Integration Joint Board",
            "Council committee", "Child Protection Committee", "Adult Support and Protection Committee",
            "MAPPA Strategic Oversight Group", "Chief Officers Group", "Council Management Team", "Other");

    private final AssuranceState state;
    private final EvidenceService evidence;
    private final DialogService dialogs;

    public EvidenceForms(AssuranceState state, EvidenceService evidence, DialogService dialogs) {
        this.state = state;
        this.evidence = evidence;
        this.dialogs = dialogs;
    }

    /** Record evidence for a row's mechanism; {@code onSaved} runs once it is on disk. */
    public void record(Window owner, MatrixRow row, Consumer<Evidence> onSaved) {
        FormDialog form = new FormDialog(owner, "evidence-dialog", Messages.get("evidence.title"),
                rowHeader(row), Messages.get("evidence.save"));
        form.noPersonalDetails();
        EvidenceFormModel model = EvidenceFormModel.record(state, evidence, dialogs, shownFramework(), row.ref());
        DateField date = evidenceFields(form, model);
        form.show(state, () -> {
            date.read(EvidenceField.ACTIVITY_DATE);
            return model.change();
        }, onSaved);
    }

    /**
     * Correct a record, saying why: evidence in any of its fields (and more attachments), a "not
     * applicable" record in its period and reason. A "nothing to report" return is withdrawn instead.
     */
    public void correct(Window owner, EvidenceEntry entry, Consumer<Evidence> onSaved) {
        Evidence earlier = entry.evidence();
        if (earlier.kind() == EvidenceKind.NOTHING_TO_REPORT) {
            dialogs.done(Messages.get("correct.title"), Messages.get("correct.nothingToReport"));
            return;
        }
        FormDialog form = new FormDialog(owner, "correct-dialog", Messages.get("correct.title"),
                header(entry), Messages.get("correct.save"));
        form.noPersonalDetails();
        if (earlier.kind() == EvidenceKind.NOT_APPLICABLE) {
            NotApplicableFormModel model = NotApplicableFormModel.correct(state, evidence, earlier);
            DateField date = form.field(EvidenceField.PERIOD, Messages.get("notApplicable.period"),
                    Dates.picker("correct-period", null, Messages.get("notApplicable.period.accessible")));
            date.valueProperty().bindBidirectional(model.dateProperty());
            area(form, EvidenceField.WHAT, "notApplicable.reason", "correct-na-reason")
                    .textProperty().bindBidirectional(model.becauseProperty());
            area(form, EvidenceField.REASON, "correct.reason", "correct-reason")
                    .textProperty().bindBidirectional(model.reasonProperty());
            form.show(state, () -> {
                date.read(EvidenceField.PERIOD);
                return model.change();
            }, onSaved);
            return;
        }
        EvidenceFormModel model = EvidenceFormModel.correct(state, evidence, dialogs, shownFramework(),
                entry.refs().getFirst(), earlier);
        DateField date = evidenceFields(form, model);
        area(form, EvidenceField.REASON, "correct.reason", "correct-reason")
                .textProperty().bindBidirectional(model.reasonProperty());
        form.show(state, () -> {
            date.read(EvidenceField.ACTIVITY_DATE);
            return model.change();
        }, onSaved);
    }

    /** Withdraw a record entered in error, saying why: it stays in the history but no longer counts. */
    public void withdraw(Window owner, EvidenceEntry entry, Consumer<Evidence> onSaved) {
        Evidence record = entry.evidence();
        FormDialog form = new FormDialog(owner, "withdraw-dialog", Messages.get("withdraw.title"), header(entry),
                Messages.get("withdraw.save"));
        form.hint(Messages.get("withdraw.note", record.note()));
        ReasonFormModel<Evidence> model = new ReasonFormModel<>(state, why -> evidence.withdraw(record.id(), why));
        area(form, EvidenceField.REASON, "withdraw.reason", "withdraw-reason")
                .textProperty().bindBidirectional(model.reasonProperty());
        form.show(state, model::change, onSaved);
    }

    /**
     * Mark a period as needing no evidence, with the reason; the form starts on the oldest period of
     * the year that was missed, the one most likely to need it.
     */
    public void notApplicable(Window owner, MatrixRow row, Consumer<Evidence> onSaved) {
        FormDialog form = new FormDialog(owner, "not-applicable-dialog", Messages.get("notApplicable.title"),
                rowHeader(row), Messages.get("notApplicable.save"));
        form.noPersonalDetails();
        NotApplicableFormModel model = NotApplicableFormModel.mark(state, evidence, shownFramework(), row.ref(),
                oldestMissed(row).map(Period::end).orElse(state.today()));
        DateField date = form.field(EvidenceField.PERIOD, Messages.get("notApplicable.period"),
                Dates.picker("not-applicable-date", null, Messages.get("notApplicable.period.accessible")));
        date.valueProperty().bindBidirectional(model.dateProperty());
        Label marks = FormDialog.hintLabel("");
        marks.setId("not-applicable-marks");
        marks.textProperty().bind(model.marksProperty());
        form.note(marks);
        model.dateTextProperty().bind(date.getEditor().textProperty());
        area(form, EvidenceField.REASON, "notApplicable.reason", "not-applicable-reason")
                .textProperty().bindBidirectional(model.becauseProperty());
        form.show(state, () -> {
            date.read(EvidenceField.PERIOD);
            return model.change();
        }, onSaved);
    }

    /** An event-driven mechanism's "nothing to report" return for a quarter; the form starts on the last quarter ended. */
    public void nothingToReport(Window owner, MatrixRow row, Consumer<Evidence> onSaved) {
        FormDialog form = new FormDialog(owner, "nothing-to-report-dialog", Messages.get("nothingToReport.title"),
                rowHeader(row), Messages.get("nothingToReport.save"));
        NothingToReportFormModel model = new NothingToReportFormModel(state, evidence, shownFramework(), row.ref());
        DateField date = form.field(EvidenceField.QUARTER, Messages.get("nothingToReport.quarter"),
                Dates.picker("nothing-to-report-date", null, Messages.get("nothingToReport.quarter.accessible")));
        date.valueProperty().bindBidirectional(model.dateProperty());
        form.show(state, () -> {
            date.read(EvidenceField.QUARTER);
            return model.change();
        }, onSaved);
    }

    /** "Not applicable" or "nothing to report", whichever the mechanism's frequency allows in place of evidence. */
    public void insteadOfEvidence(Window owner, MatrixRow row, Consumer<Evidence> onSaved) {
        EvidenceKind.insteadOfEvidence(row.mechanism().frequency()).ifPresent(kind -> {
            if (kind == EvidenceKind.NOTHING_TO_REPORT) {
                nothingToReport(owner, row, onSaved);
            } else {
                notApplicable(owner, row, onSaved);
            }
        });
    }

    /** The label of the button for {@link #insteadOfEvidence}: the matrix's or My tasks' wording for it. */
    public static String insteadOfEvidenceLabel(MatrixRow row, String notApplicableKey, String nothingToReportKey) {
        return Messages.get(EvidenceKind.insteadOfEvidence(row.mechanism().frequency())
                .filter(k -> k == EvidenceKind.NOTHING_TO_REPORT).isPresent() ? nothingToReportKey : notApplicableKey);
    }

    /**
     * Answers (on the window's thread) whether the signed-in account may record, correct or withdraw
     * evidence for a row's mechanism: the rule the saves enforce, so Record is offered only where it works.
     */
    public void mayRecord(MatrixRow row, Consumer<Boolean> answer) {
        state.load(() -> evidence.mayRecord(row.mechanism()), answer);
    }

    /** A row's records in the matrix on screen (which still holds a row retired from a later date), newest first. */
    void records(MatrixRow row, Consumer<List<EvidenceEntry>> answer) {
        AssuranceMatrix matrix = state.boardProperty().get().matrix();
        state.load(() -> evidence.list(matrix, Optional.of(row.ref()), true), answer);
    }

    /** The oldest period of the year shown that was missed, if any. */
    private Optional<Period> oldestMissed(MatrixRow row) {
        YearReview year = state.yearToDateProperty().get();
        return year == null ? Optional.empty() : year.outcomes(row).stream().filter(PeriodOutcome::missed)
                .map(PeriodOutcome::period).findFirst();
    }

    private long shownFramework() {
        return state.boardProperty().get().matrix().framework().id();
    }

    private static String rowHeader(MatrixRow row) {
        return Messages.get("evidence.header", row.ref().text(), row.mechanism().description());
    }

    /** "The record of 15/09/2026 for F1.3, F10.1  Membership of IJB". */
    private static String header(EvidenceEntry entry) {
        return Messages.get("correct.header", DateFormats.display(entry.evidence().date()),
                String.join(", ", entry.refs().stream().map(Ref::text).toList()), entry.mechanism().description());
    }

    private static TextArea area(FormDialog form, EvidenceField field, String labelKey, String id) {
        TextArea area = form.field(field, Messages.get(labelKey), new TextArea());
        area.setId(id);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }

    /**
     * The fields of an evidence record, bound to the form's model (empty for new evidence, filled
     * from the record being corrected); returns the date field, whose text is read on Save.
     */
    private static DateField evidenceFields(FormDialog form, EvidenceFormModel model) {
        DateField date = form.field(EvidenceField.ACTIVITY_DATE, Messages.get("evidence.date"),
                Dates.picker("evidence-date", null, Messages.get("evidence.date.accessible")));
        date.valueProperty().bindBidirectional(model.dateProperty());
        // Under the date: where evidence of the date typed counts.
        Label counts = FormDialog.hintLabel("");
        counts.setId("evidence-counts");
        counts.textProperty().bind(model.countsProperty());
        form.note(counts);
        model.dateTextProperty().bind(date.getEditor().textProperty());
        TextArea note = form.field(EvidenceField.WHAT, Messages.get("evidence.note"), new TextArea());
        note.setId("evidence-note");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        note.setPromptText(Messages.get("evidence.note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        TextField reference = form.field(EvidenceField.REFERENCE, Messages.get("evidence.reference"), new TextField());
        reference.setId("evidence-reference");
        reference.textProperty().bindBidirectional(model.referenceProperty());
        ComboBox<String> forum = form.field(EvidenceField.FORUM, Messages.get("evidence.forum"),
                new ComboBox<>(FXCollections.observableArrayList(FORUMS)));
        forum.setEditable(true);
        forum.setId("evidence-forum");
        forum.setMaxWidth(Double.MAX_VALUE);
        forum.getEditor().textProperty().bindBidirectional(model.forumProperty());
        ComboBox<Conclusion> conclusion = form.field(EvidenceField.CONCLUSION, Messages.get("evidence.conclusion"),
                new ComboBox<>(FXCollections.observableArrayList(Conclusion.values())));
        conclusion.setId("evidence-conclusion");
        conclusion.setPromptText(Messages.get("evidence.conclusion.none"));
        conclusion.setButtonCell(conclusionCell());
        conclusion.setCellFactory(v -> conclusionCell());
        conclusion.valueProperty().bindBidirectional(model.conclusionProperty());
        TextField providedBy = form.field(EvidenceField.CARRIED_OUT_BY, Messages.get("evidence.providedBy"),
                new TextField());
        providedBy.setId("evidence-provided-by");
        providedBy.setPromptText(Messages.get("evidence.providedBy.prompt"));
        providedBy.textProperty().bindBidirectional(model.providedByProperty());
        ListView<Path> attachments = form.field(EvidenceField.ATTACHMENT, Messages.get(model.correcting()
                ? "correct.attachments" : "evidence.attachments"), new ListView<>(model.attachments()));
        attachments.setPrefHeight(70);
        attachments.setId("evidence-attachments");
        Button add = new Button(Messages.get("evidence.attachments.add"));
        add.setOnAction(e -> model.addAttachments());
        Button remove = new Button(Messages.get("evidence.attachments.remove"));
        remove.setOnAction(e -> model.attachments().removeAll(attachments.getSelectionModel().getSelectedItems()));
        remove.disableProperty().bind(attachments.getSelectionModel().selectedItemProperty().isNull());
        form.note(new HBox(8, new Label(), add, remove));
        if (model.alreadyAttached() > 0) {
            form.hint(Messages.get("correct.attached", model.alreadyAttached()));
        }
        return date;
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
