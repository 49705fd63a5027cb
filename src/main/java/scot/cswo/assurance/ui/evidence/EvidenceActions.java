package scot.cswo.assurance.ui.evidence;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.DateText;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.PeriodOutcome;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.service.evidence.EvidenceService.Counting;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DateField;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;

/**
 * The evidence dialogs, opened from the matrix and from My tasks: recording evidence, "not
 * applicable" and "nothing to report", and correcting or withdrawing a record, each with a reason.
 */
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
        EvidenceFields fields = new EvidenceFields(form, owner, state.today(), null);
        Ref ref = row.ref();
        long frameworkId = shownFramework();
        fields.sayWhereItCounts(state, frameworkId, ref);
        form.show(state, () -> {
            EvidenceInput input = fields.input();
            return () -> state.workspace().evidence().record(frameworkId, ref, input);
        }, onSaved);
    }

    /**
     * Correct a record, saying why: evidence in any of its fields (and more attachments), a "not
     * applicable" record in its period and reason. A "nothing to report" return is withdrawn instead.
     */
    public void correct(Window owner, EvidenceEntry entry, Consumer<Evidence> onSaved) {
        Evidence earlier = entry.evidence();
        if (earlier.kind() == EvidenceKind.NOTHING_TO_REPORT) {
            Alerts.done(owner, Messages.get("correct.title"), Messages.get("correct.nothingToReport"));
            return;
        }
        FormDialog form = new FormDialog(owner, "correct-dialog", Messages.get("correct.title"),
                header(entry), Messages.get("correct.save"));
        form.noPersonalDetails();
        long id = earlier.id();
        if (earlier.kind() == EvidenceKind.NOT_APPLICABLE) {
            DateField date = form.field(EvidenceService.PERIOD, Messages.get("notApplicable.period"),
                    Dates.picker("correct-period", earlier.date(), Messages.get("notApplicable.period.accessible")));
            TextArea because = area(form, EvidenceService.NOTE, "notApplicable.reason", "correct-na-reason",
                    earlier.note());
            TextArea reason = area(form, EvidenceService.REASON, "correct.reason", "correct-reason", "");
            form.show(state, () -> {
                EvidenceInput input = new EvidenceInput(date.read(EvidenceService.PERIOD), because.getText(), null,
                        null, null, null, List.of());
                String why = reason.getText();
                return () -> state.workspace().evidence().correct(id, input, why);
            }, onSaved);
            return;
        }
        EvidenceFields fields = new EvidenceFields(form, owner, earlier.date(), earlier);
        fields.sayWhereItCounts(state, shownFramework(), entry.refs().getFirst());
        TextArea reason = area(form, EvidenceService.REASON, "correct.reason", "correct-reason", "");
        form.show(state, () -> {
            EvidenceInput input = fields.input();
            String why = reason.getText();
            return () -> state.workspace().evidence().correct(id, input, why);
        }, onSaved);
    }

    /** Withdraw a record entered in error, saying why: it stays in the history but no longer counts. */
    public void withdraw(Window owner, EvidenceEntry entry, Consumer<Evidence> onSaved) {
        Evidence record = entry.evidence();
        FormDialog form = new FormDialog(owner, "withdraw-dialog", Messages.get("withdraw.title"), header(entry),
                Messages.get("withdraw.save"));
        form.hint(Messages.get("withdraw.note", record.note()));
        TextArea reason = area(form, EvidenceService.REASON, "withdraw.reason", "withdraw-reason", "");
        long id = record.id();
        form.show(state, () -> {
            String why = reason.getText();
            return () -> state.workspace().evidence().withdraw(id, why);
        }, onSaved);
    }

    /**
     * Mark a period as needing no evidence, with the reason; the form starts on the oldest period of
     * the year that was missed, the one most likely to need it.
     */
    public void notApplicable(Window owner, MatrixRow row, Consumer<Evidence> onSaved) {
        FormDialog form = new FormDialog(owner, "not-applicable-dialog", Messages.get("notApplicable.title"),
                Messages.get("evidence.header", row.ref().text(), row.mechanism().description()),
                Messages.get("notApplicable.save"));
        form.noPersonalDetails();
        DateField date = form.field(EvidenceService.PERIOD, Messages.get("notApplicable.period"),
                Dates.picker("not-applicable-date", oldestMissed(row).map(Period::end).orElse(state.today()),
                        Messages.get("notApplicable.period.accessible")));
        TextArea reason = area(form, EvidenceService.REASON, "notApplicable.reason", "not-applicable-reason", "");
        Ref ref = row.ref();
        long frameworkId = shownFramework();
        form.show(state, () -> {
            LocalDate chosen = date.read(EvidenceService.PERIOD);
            String why = reason.getText();
            return () -> state.workspace().evidence().notApplicable(frameworkId, ref, chosen, why);
        }, onSaved);
    }

    /** An event-driven mechanism's "nothing to report" return for a quarter; the form starts on the last quarter ended. */
    public void nothingToReport(Window owner, MatrixRow row, Consumer<Evidence> onSaved) {
        FormDialog form = new FormDialog(owner, "nothing-to-report-dialog", Messages.get("nothingToReport.title"),
                Messages.get("evidence.header", row.ref().text(), row.mechanism().description()),
                Messages.get("nothingToReport.save"));
        LocalDate lastQuarter = Quarter.containing(state.today()).previous().end();
        DateField date = form.field(EvidenceService.QUARTER, Messages.get("nothingToReport.quarter"),
                Dates.picker("nothing-to-report-date", lastQuarter, Messages.get("nothingToReport.quarter.accessible")));
        Ref ref = row.ref();
        long frameworkId = shownFramework();
        form.show(state, () -> {
            LocalDate chosen = date.read(EvidenceService.QUARTER);
            return () -> state.workspace().evidence().nothingToReport(frameworkId, ref, chosen);
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
        state.load(() -> state.workspace().evidence().mayRecord(row.mechanism()), answer);
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

    /** "The record of 15/09/2026 for F1.3, F10.1  Membership of IJB". */
    private static String header(EvidenceEntry entry) {
        return Messages.get("correct.header", DateFormats.display(entry.evidence().date()),
                String.join(", ", entry.refs().stream().map(Ref::text).toList()), entry.mechanism().description());
    }

    private static TextArea area(FormDialog form, String field, String labelKey, String id, String text) {
        TextArea area = form.field(field, Messages.get(labelKey), new TextArea(text));
        area.setId(id);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }

    /** The fields of an evidence record, empty for a new one or filled from the record being corrected. */
    private static final class EvidenceFields {
        private final DateField date;
        /** Under the date: where evidence of that date counts. */
        private final Label counts = FormDialog.hintLabel("");
        private final TextArea note;
        private final TextField reference;
        private final ComboBox<String> forum;
        private final ComboBox<Conclusion> conclusion;
        private final TextField providedBy;
        private final ObservableList<Path> files = FXCollections.observableArrayList();

        EvidenceFields(FormDialog form, Window owner, LocalDate day, Evidence from) {
            date = form.field(EvidenceService.DATE, Messages.get("evidence.date"),
                    Dates.picker("evidence-date", day, Messages.get("evidence.date.accessible")));
            counts.setId("evidence-counts");
            form.note(counts);
            note = form.field(EvidenceService.NOTE, Messages.get("evidence.note"), new TextArea());
            note.setId("evidence-note");
            note.setPrefRowCount(4);
            note.setWrapText(true);
            note.setPromptText(Messages.get("evidence.note.prompt"));
            reference = form.field(EvidenceService.REFERENCE, Messages.get("evidence.reference"), new TextField());
            reference.setId("evidence-reference");
            forum = form.field(EvidenceService.FORUM, Messages.get("evidence.forum"),
                    new ComboBox<>(FXCollections.observableArrayList(FORUMS)));
            forum.setEditable(true);
            forum.setId("evidence-forum");
            forum.setMaxWidth(Double.MAX_VALUE);
            conclusion = form.field("Conclusion", Messages.get("evidence.conclusion"),
                    new ComboBox<>(FXCollections.observableArrayList(Conclusion.values())));
            conclusion.setId("evidence-conclusion");
            conclusion.setPromptText(Messages.get("evidence.conclusion.none"));
            conclusion.setButtonCell(conclusionCell());
            conclusion.setCellFactory(v -> conclusionCell());
            providedBy = form.field(EvidenceService.PROVIDED_BY, Messages.get("evidence.providedBy"), new TextField());
            providedBy.setId("evidence-provided-by");
            providedBy.setPromptText(Messages.get("evidence.providedBy.prompt"));
            ListView<Path> attachments = form.field(EvidenceService.ATTACHMENT, Messages.get(from == null
                    ? "evidence.attachments" : "correct.attachments"), new ListView<>(files));
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
            if (from != null) {
                note.setText(from.note());
                reference.setText(from.reference() == null ? "" : from.reference());
                forum.getEditor().setText(from.forum() == null ? "" : from.forum());
                conclusion.setValue(from.conclusion());
                providedBy.setText(from.providedBy() == null ? "" : from.providedBy());
                if (!from.attachments().isEmpty()) {
                    form.hint(Messages.get("correct.attached", from.attachments().size()));
                }
            }
        }

        /**
         * Says under the date where evidence of that date counts, as the date is typed: the period it
         * assures, and a period missed and overdue that it does not put right.
         */
        void sayWhereItCounts(AssuranceState state, long frameworkId, Ref ref) {
            Runnable update = () -> DateText.read(date.getEditor().getText()).ifPresentOrElse(day -> state.load(
                    () -> state.workspace().evidence().whereItCounts(frameworkId, ref, day), counting -> {
                        if (DateText.read(date.getEditor().getText()).filter(day::equals).isPresent()) {
                            counts.setText(sentence(counting));
                        }
                    }, failure -> counts.setText("")), () -> counts.setText(""));
            date.getEditor().textProperty().addListener((obs, old, text) -> update.run());
            update.run();
        }

        EvidenceInput input() {
            return new EvidenceInput(date.read(EvidenceService.DATE), note.getText(), reference.getText(),
                    forum.getEditor().getText(), conclusion.getValue(), providedBy.getText(), List.copyOf(files));
        }
    }

    /** "Counts for Oct–Dec 2026. Jul–Sep 2026 stays missed: if this happened in Jul–Sep 2026, give that date." */
    static String sentence(Counting counting) {
        return switch (counting.kind()) {
            case PERIOD -> Messages.get("evidence.counts.period", counting.period().label())
                    + (counting.stillMissed() == null ? "" : " " + Messages.get("evidence.counts.stillMissed",
                    counting.stillMissed().label()));
            case OCCURRENCE -> Messages.get("evidence.counts.occurrence");
            case ONE_OFF -> Messages.get("evidence.counts.oneOff");
            case NO_PERIOD -> Messages.get("evidence.counts.noPeriod");
            case BEFORE_TRACKING -> Messages.get("evidence.counts.beforeTracking");
        };
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
