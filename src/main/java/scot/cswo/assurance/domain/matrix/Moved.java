package scot.cswo.assurance.domain.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import scot.cswo.assurance.domain.problem.RefusedException;

/**
 * An item moved one place up or down an ordered list by swapping it with its neighbour: how rows
 * move within a function and functions within the matrix.
 *
 * @param neighbour the item it moved past
 * @param order     the whole list in its new order
 */
public record Moved<T>(T neighbour, List<T> order) {

    public Moved {
        order = List.copyOf(order);
    }

    /**
     * @param direction -1 for up, +1 for down
     * @param refusal   the sentence for an item already at that end, given "first" or "last"; also
     *                  used when the item is not in the list at all
     */
    public static <T> Moved<T> of(List<T> items, int index, int direction, Function<String, String> refusal) {
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= items.size()) {
            throw new RefusedException(refusal.apply(direction < 0 ? "first" : "last"));
        }
        List<T> order = new ArrayList<>(items);
        order.set(index, items.get(other));
        order.set(other, items.get(index));
        return new Moved<>(items.get(other), order);
    }
}
