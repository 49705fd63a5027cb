package scot.cswo.assurance.ui;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/**
 * A list the user chooses from and the one chosen, handed to a view as one so that the two are always
 * wired together (a filter's choice box, a table and its selected row).
 */
public record Selection<T>(ObservableList<T> items, ObjectProperty<T> chosen) {
}
