package scot.cswo.assurance.ui;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import scot.cswo.assurance.domain.dataset.Rag;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Status;

/**
 * A status or rating in a table: its words on its colour (never colour alone), with the reason,
 * where there is one, as tooltip and for screen readers.
 */
public final class PillCell<S, T> extends TableCell<S, T> {
    private final Label pill = new Label();
    private final Function<T, Pill> pillOf;

    /** What a cell shows: the words, the style that colours them, and why (or null). */
    public record Pill(String text, String style, String reason) {
    }

    private PillCell(Function<T, Pill> pillOf) {
        this.pillOf = pillOf;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        pill.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** A mechanism's status with the reason for it. */
    public static <S> PillCell<S, MechanismStatus> mechanismStatus() {
        return new PillCell<>(s -> new Pill(StatusLabel.text(s.status()), StatusLabel.style(s.status()), s.reason()));
    }

    public static <S> PillCell<S, Status> status() {
        return new PillCell<>(s -> new Pill(StatusLabel.text(s), StatusLabel.style(s), null));
    }

    /** A dataset rating: Green, Amber, Red or Not rated. */
    public static <S> PillCell<S, Rag> rag() {
        return new PillCell<>(r -> new Pill(r.label(), "rag-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                null));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        Pill shown = pillOf.apply(item);
        pill.setText(shown.text());
        pill.getStyleClass().setAll("label", "status-pill", shown.style());
        setGraphic(pill);
        setTooltip(shown.reason() == null ? null : new Tooltip(shown.reason()));
        setAccessibleText(shown.reason() == null ? shown.text() : shown.text() + ". " + shown.reason());
    }

    /** The column widens to the widest status at the font in use, so none is cut short. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() != null) {
            ColumnFit.atLeast(this, pill.prefWidth(-1));
        }
    }
}
