package scot.cswo.assurance.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice in a drop-down list reads: one-way text for values that are picked, never typed. */
public final class Shown {

    private Shown() {
    }

    /** @param empty the text for no value */
    public static <T> StringConverter<T> as(Function<T, String> text, String empty) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? empty : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
