package scot.cswo.assurance.domain.matrix;

/** One of the CSWO's statutory functions, numbered as in the framework. */
public record StatutoryFunction(long id, int number, String title, int version) {

    public StatutoryFunction(long id, int number, String title) {
        this(id, number, title, 0);
    }

    /** "Function 3" as users refer to it. */
    public String label() {
        return "Function " + number;
    }

    /** "Function 3: " and its title, as a published document names a function for readers who do not know the numbers. */
    public String labelWithTitle() {
        return title == null || title.isBlank() ? label() : label() + ": " + title;
    }
}
