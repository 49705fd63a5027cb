package scot.cswo.assurance.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Styles;

/** A window listing who changed what and when; binds to its view model and delegates to it. */
public final class HistoryView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ZoneId zone;
    private final Stage stage = new Stage();

    public HistoryView(ZoneId zone) {
        this.zone = zone;
    }

    /** The history's own window, which its dialogs belong to. */
    public Window window() {
        return stage;
    }

    public void show(HistoryViewModel model, Window owner, String title) {
        stage.initOwner(owner);
        stage.setTitle(title);

        TextField containing = new TextField();
        containing.setId("history-filter");
        containing.setPromptText(Messages.get("history.filter.prompt"));
        containing.setAccessibleText(Messages.get("history.filter.prompt"));
        containing.textProperty().bindBidirectional(model.containingProperty());
        HBox.setHgrow(containing, Priority.ALWAYS);
        Button export = new Button(Messages.get("history.export"));
        export.setId("history-export");
        export.setOnAction(e -> model.export());
        HBox filters = new HBox(8);
        if (model.wholeLog()) {
            Label sinceLabel = new Label(Messages.get("history.since"));
            DatePicker since = Dates.picker("history-since", model.sinceProperty().get(), Messages.get("history.since"));
            since.valueProperty().bindBidirectional(model.sinceProperty());
            sinceLabel.setLabelFor(since);
            filters.getChildren().addAll(sinceLabel, since);
        }
        filters.getChildren().addAll(containing, export);
        filters.setPadding(new Insets(8));

        TableView<HistoryEntry> table = new TableView<>(model.shown());
        table.setId("history-table");
        table.setAccessibleText(Messages.get("history.accessible"));
        table.setPlaceholder(new Label(Messages.get("history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.<HistoryEntry>wrapped("history.when", 120, e -> WHEN.format(e.at().atZone(zone))));
        table.getColumns().add(Columns.<HistoryEntry>wrapped("history.who", 140, HistoryEntry::account));
        table.getColumns().add(Columns.<HistoryEntry>wrapped("history.what", 90, HistoryViewModel::what));
        table.getColumns().add(Columns.<HistoryEntry>wrapped("history.subject", 220, e -> Objects.toString(e.subject(), "")));
        table.getColumns().add(Columns.<HistoryEntry>wrapped("history.field", 110, HistoryViewModel::change));
        table.getColumns().add(Columns.<HistoryEntry>wrapped("history.old", 200, HistoryViewModel::was));
        table.getColumns().add(Columns.<HistoryEntry>wrapped("history.new", 200, HistoryViewModel::now));

        Label message = new Label();
        message.setId("history-message");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        message.setMinHeight(Region.USE_PREF_SIZE);

        BorderPane root = new BorderPane(table, filters, null, message, null);
        Scene scene = new Scene(root, 1100, 560);
        scene.getStylesheets().add(Styles.sheet());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        model.load();
    }
}
