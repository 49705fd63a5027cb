package scot.cswo.assurance.domain.chase;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of a chase and of the mail relay's settings, which problems are about. */
public enum ChaseField implements Field {
    SUBJECT,
    COVERING_TEXT,
    RELAY_HOST,
    RELAY_PORT,
    RELAY_ACCOUNT,
    FROM_ADDRESS,
    DIGEST_TO,
    LEAD,
    DRAFTS_FOLDER,
    QUIET_DAYS
}
