package scot.cswo.assurance.app;

import scot.cswo.assurance.service.DatabaseChoice;

/** Asks for a server password each time it is needed: the app never stores one (ADR 11). */
@FunctionalInterface
interface PasswordPrompt {

    /** @return the password, or null if the user declined */
    char[] passwordFor(DatabaseChoice.Server server);
}
