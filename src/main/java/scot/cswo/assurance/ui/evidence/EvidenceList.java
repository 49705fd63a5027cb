package scot.cswo.assurance.ui.evidence;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.Messages;

/**
 * A mechanism's evidence, newest first, with what can be done to a record: correct it or withdraw
 * it, each with a reason. Shared by the matrix's details and My tasks. A record is corrected by
 * double-clicking it, Enter or F2, its context menu or the Correct… button; withdrawn by Delete, the
 * context menu or the Withdraw… button. Corrected and withdrawn records stay listed, marked, so the
 * record shows what changed.
 */
public final class EvidenceList {
    private static final PseudoClass SUPERSEDED = PseudoClass.getPseudoClass("superseded");

    private final EvidenceForms forms;
    private final ObservableList<EvidenceEntry> entries = FXCollections.observableArrayList();
    private final TableView<EvidenceEntry> table = new TableView<>(entries);
    private final VBox root;
    private MatrixRow shown;
    /** Whether the signed-in account may correct or withdraw the shown row's records. */
    private final BooleanProperty mayChange = new SimpleBooleanProperty(false);

    /** @param id the id of the table ("detail-evidence"); its buttons get it as a prefix */
    public EvidenceList(String id, EvidenceForms forms) {
        this.forms = forms;
        table.setId(id);
        table.getProperties().put(EvidenceList.class, Boolean.TRUE);
        table.setAccessibleText(Messages.get("detail.evidence"));
        table.setPlaceholder(new Label(Messages.get("detail.evidence.none")));
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.<EvidenceEntry>date("detail.evidence.date",
                e -> DateFormats.display(e.evidence().date())));
        table.getColumns().add(Columns.<EvidenceEntry>wrapped("detail.evidence.what", 320, EvidenceList::what));
        table.getColumns().add(Columns.<EvidenceEntry>text("detail.evidence.reference", 110,
                e -> e.evidence().reference() == null ? "" : e.evidence().reference()));
        table.getColumns().add(Columns.<EvidenceEntry>text("detail.evidence.conclusion", 150,
                e -> e.evidence().conclusion() == null ? "" : e.evidence().conclusion().label()));
        table.getColumns().add(Columns.<EvidenceEntry>text("detail.evidence.recordedBy", 160, EvidenceList::recordedBy));

        BooleanBinding cannotChange = Bindings.createBooleanBinding(() -> {
            EvidenceEntry selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !selected.evidence().current();
        }, table.getSelectionModel().selectedItemProperty()).or(mayChange.not());
        Button correct = new Button(Messages.get("evidence.correct"));
        correct.setId(id + "-correct");
        correct.disableProperty().bind(cannotChange);
        correct.setOnAction(e -> correct());
        Button withdraw = new Button(Messages.get("evidence.withdraw"));
        withdraw.setId(id + "-withdraw");
        withdraw.disableProperty().bind(cannotChange);
        withdraw.setOnAction(e -> withdraw());

        MenuItem correctItem = new MenuItem(Messages.get("evidence.correct"));
        correctItem.disableProperty().bind(cannotChange);
        correctItem.setOnAction(e -> correct());
        MenuItem withdrawItem = new MenuItem(Messages.get("evidence.withdraw"));
        withdrawItem.disableProperty().bind(cannotChange);
        withdrawItem.setOnAction(e -> withdraw());
        table.setContextMenu(new ContextMenu(correctItem, withdrawItem));
        table.setRowFactory(t -> {
            TableRow<EvidenceEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(EvidenceEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(SUPERSEDED, !empty && item != null && !item.evidence().current());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && !cannotChange.get()) {
                    correct();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (cannotChange.get()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                e.consume();
                correct();
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                withdraw();
            }
        });
        HBox buttons = new HBox(8, correct, withdraw);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(6, table, buttons);
    }

    public Region node() {
        return root;
    }

    /** Whether F2 belongs to an evidence list (correcting its record) rather than to the window (editing the row). */
    public static boolean ownsF2(Node focused) {
        return focused != null && focused.getProperties().containsKey(EvidenceList.class);
    }

    /** Shows a row's evidence in the framework on screen (none for null). */
    public void show(MatrixRow row) {
        shown = row;
        entries.clear();
        mayChange.set(false);
        if (row != null) {
            load();
            forms.mayRecord(row, may -> mayChange.set(shown == row && may));
        }
    }

    private void load() {
        MatrixRow row = shown;
        forms.records(row, found -> {
            if (shown == row) {
                entries.setAll(found);
            }
        });
    }

    private void correct() {
        EvidenceEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null && entry.evidence().current()) {
            forms.correct(window(), entry, saved -> load());
        }
    }

    private void withdraw() {
        EvidenceEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null && entry.evidence().current()) {
            forms.withdraw(window(), entry, saved -> load());
        }
    }

    private Window window() {
        return table.getScene().getWindow();
    }

    /** Refreshes the list after evidence was recorded elsewhere for the row shown. */
    public void reload() {
        if (shown != null) {
            load();
        }
    }

    private static String what(EvidenceEntry entry) {
        Evidence e = entry.evidence();
        String prefix = switch (e.kind()) {
            case NOT_APPLICABLE -> Messages.get("detail.evidence.notApplicable") + " ";
            case NOTHING_TO_REPORT, EVIDENCE -> "";
        };
        String suffix = e.withdrawn() ? " " + Messages.get("detail.evidence.withdrawn", e.withdrawnReason())
                : !e.current() ? " " + Messages.get("detail.evidence.corrected")
                : e.correctionReason() != null ? " " + Messages.get("detail.evidence.correction", e.correctionReason())
                : "";
        String files = e.attachments().isEmpty() ? "" : " " + Messages.get("detail.evidence.files", e.attachments().size());
        return prefix + e.note() + files + suffix;
    }

    private static String recordedBy(EvidenceEntry entry) {
        Evidence e = entry.evidence();
        String by = e.providedBy() != null ? e.providedBy() + " (" + e.recordedBy() + ")" : e.recordedBy();
        return e.actingFor() == null ? by : Messages.get("detail.evidence.actingFor", by, e.actingFor());
    }
}
