package scot.cswo.assurance.ui.matrix;

import scot.cswo.assurance.domain.matrix.StatutoryFunction;

/**
 * An entry in the list of functions: one function with its row count, or (function = null) all.
 */
public record FunctionChoice(StatutoryFunction function, int rows) {

    public boolean isAll() {
        return function == null;
    }
}
