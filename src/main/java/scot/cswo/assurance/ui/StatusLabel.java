package scot.cswo.assurance.ui;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import scot.cswo.assurance.domain.schedule.Status;

/** A status shown as its text label on its colour, never colour alone. */
public final class StatusLabel {

    private StatusLabel() {
    }

    public static String text(Status status) {
        return Messages.get("status." + status.name());
    }

    public static Label of(Status status) {
        Label label = new Label();
        show(label, status);
        return label;
    }

    public static void show(Label label, Status status) {
        label.getStyleClass().removeIf(c -> c.startsWith("status-"));
        if (status == null) {
            label.setText("");
            return;
        }
        label.setText(text(status));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll("status-pill", style(status));
    }

    /** The style class that colours a status: status-overdue, status-due-soon… */
    public static String style(Status status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
