package scot.cswo.assurance.cli;

/** How a listing is printed. */
public enum OutputFormat {
    TABLE, CSV, JSON
}
