package scot.cswo.assurance.service;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of the database connection forms, which the connection settings' problems are about. */
public enum ConnectionField implements Field {
    SERVER_ADDRESS,
    USER,
    PASSWORD
}
