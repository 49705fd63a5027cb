package scot.cswo.assurance.ui.matrix;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.ui.StatusLabel;

/** A status in a table: its label on its colour, with the reason as tooltip and for screen readers. */
public final class StatusCell<S> extends TableCell<S, MechanismStatus> {
    private final Label pill = new Label();

    public StatusCell() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(MechanismStatus item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        StatusLabel.show(pill, item.status());
        setGraphic(pill);
        setTooltip(new Tooltip(item.reason()));
        setAccessibleText(StatusLabel.text(item.status()) + ". " + item.reason());
    }
}
