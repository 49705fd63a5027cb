package scot.cswo.assurance.ui;

/** Opens a web page or a file in the program the user has chosen for it. */
@FunctionalInterface
public interface Browser {
    void open(String uri);
}
