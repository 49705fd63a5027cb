package scot.cswo.assurance.ui.editing;

import java.util.List;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;

/** How the matrix forms read a function choice. */
final class Functions {
    private Functions() {
    }

    /** The function the user is looking at, else the first (none in a framework without functions). */
    static StatutoryFunction orFirst(StatutoryFunction preselected, List<StatutoryFunction> functions) {
        return preselected != null || functions.isEmpty() ? preselected : functions.getFirst();
    }

    /** The chosen function's number; 0 when none is chosen, which the editor refuses beside the field. */
    static int number(StatutoryFunction chosen) {
        return chosen == null ? 0 : chosen.number();
    }
}
