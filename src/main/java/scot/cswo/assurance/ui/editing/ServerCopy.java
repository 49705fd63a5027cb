package scot.cswo.assurance.ui.editing;

import java.util.Map;

/** Copies the open database to an empty one on a server; the shell binds it to the database that is open. */
@FunctionalInterface
public interface ServerCopy {
    /** @return rows copied per table */
    Map<String, Integer> copy(String url, String user, char[] password);
}
