package scot.cswo.assurance.ui.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.ui.DateField;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Screens;

/** Meetings: the dates of each series that meeting-cycle mechanisms report to. */
public final class MeetingsView {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", Locale.UK);
    private final MeetingsViewModel model;
    private final VBox root = new VBox(10);

    public MeetingsView(MeetingsViewModel model) {
        this.model = model;
        Label heading = new Label(Messages.get("meetings.heading"));
        heading.getStyleClass().add("screen-heading");
        Label explanation = new Label(Messages.get("meetings.explanation"));
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        HBox series = new HBox(14);
        for (MeetingSeries s : MeetingSeries.values()) {
            VBox column = series(s);
            HBox.setHgrow(column, Priority.ALWAYS);
            series.getChildren().add(column);
        }
        VBox.setVgrow(series, Priority.ALWAYS);
        root.getChildren().addAll(heading, explanation, series);
        root.setPadding(new Insets(10, 14, 14, 14));
        root.setId("meetings");
    }

    public Node node() {
        return root;
    }

    private VBox series(MeetingSeries series) {
        String key = series.key();
        Label title = new Label(series.title());
        title.getStyleClass().add("pane-heading");
        ListView<Meeting> list = new ListView<>(model.meetings(series));
        list.setId("meetings-" + key);
        list.setAccessibleText(Messages.get("meetings.list.accessible", series.title()));
        list.setPlaceholder(new Label(Messages.get("meetings.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Meeting meeting, boolean empty) {
                super.updateItem(meeting, empty);
                getStyleClass().remove("cancelled");
                setGraphic(null);
                setAccessibleText(null);
                if (empty || meeting == null) {
                    setText(null);
                    return;
                }
                setText(SHOWN.format(meeting.date()));
                if (meeting.cancelled()) {
                    // The date struck through, then the word, so it is not told by colour or line alone.
                    getStyleClass().add("cancelled");
                    Label word = new Label(Messages.get("meetings.cancelled"));
                    word.getStyleClass().add("cancelled-word");
                    setGraphic(word);
                    setContentDisplay(ContentDisplay.RIGHT);
                    setAccessibleText(Messages.get("meetings.cancelled.accessible", getText()));
                }
            }
        });
        title.setLabelFor(list);
        VBox.setVgrow(list, Priority.ALWAYS);

        DateField date = Dates.picker("meetings-" + key + "-date", model.today(),
                Messages.get("meetings.date.accessible", series.title()));
        Button add = new Button(Messages.get("meetings.add"));
        add.setId("meetings-" + key + "-add");
        add.setOnAction(e -> typed(date).ifPresent(day -> model.add(series, day)));
        // Enter in the date adds the meeting, as the default button of a form would.
        date.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                add.fire();
            }
        });
        Button move = new Button(Messages.get("meetings.move"));
        move.setId("meetings-" + key + "-move");
        move.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        move.setOnAction(e -> typed(date).ifPresent(day ->
                model.move(list.getSelectionModel().getSelectedItem(), day)));
        Button cancel = new Button(Messages.get("meetings.cancel"));
        cancel.setId("meetings-" + key + "-cancel");
        cancel.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, meeting) -> cancel.setText(
                Messages.get(meeting != null && meeting.cancelled() ? "meetings.reinstate" : "meetings.cancel")));
        cancel.setOnAction(e -> model.cancelOrReinstate(list.getSelectionModel().getSelectedItem()));
        FlowPane dateRow = Screens.row(date, add);
        FlowPane actions = Screens.row(move, cancel);
        String refs = model.refsDueAt(series);
        Label dueHere = new Label(refs.isEmpty() ? Messages.get("meetings.dueHere.none")
                : Messages.get("meetings.dueHere", refs));
        dueHere.setWrapText(true);
        dueHere.setMinHeight(Region.USE_PREF_SIZE);
        dueHere.getStyleClass().add("hint");
        VBox column = new VBox(6, title, dueHere, list, dateRow, actions);
        column.setMinWidth(260);
        return column;
    }

    /** The date typed, or nothing (and the reason said) when it is empty or not a date. */
    private Optional<LocalDate> typed(DateField date) {
        try {
            return model.given(date.read(Messages.get("meetings.date.field")));
        } catch (InvalidDataException notADate) {
            model.refused(notADate);
            return Optional.empty();
        }
    }
}
