package scot.cswo.assurance.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The start-up floors: plain JavaFX windows started exactly as the app is. {@code table} shows a
 * 500-row, 6-column TableView (about what the matrix screen draws); {@code label} one label. Each
 * prints FLOOR_FIRST_FRAME after its first laid-out frame, then quits.
 */
public final class FloorWindows extends Application {
    private static String kind = "table";

    public static void main(String[] args) {
        kind = args.length > 0 ? args[0] : "table";
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(kind.equals("label") ? new Label("CSWO Assurance") : table(), 1280, 820);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("FLOOR_FIRST_FRAME");
            System.out.flush();
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }

    private static TableView<String[]> table() {
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < 6; c++) {
            int column = c;
            TableColumn<String[], String> tableColumn = new TableColumn<>("Column " + (c + 1));
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[column]));
            tableColumn.setPrefWidth(190);
            table.getColumns().add(tableColumn);
        }
        var rows = FXCollections.<String[]>observableArrayList();
        for (int r = 0; r < 500; r++) {
            String[] row = new String[6];
            for (int c = 0; c < 6; c++) {
                row[c] = "Row " + (r + 1) + " cell " + (c + 1) + " of the assurance matrix";
            }
            rows.add(row);
        }
        table.setItems(rows);
        return table;
    }
}
