package scot.cswo.assurance.domain.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The user's data was rejected as a whole; nothing was changed. */
public final class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidDataException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public InvalidDataException(String message) {
        this(List.of(new Problem(null, 0, null, null, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
