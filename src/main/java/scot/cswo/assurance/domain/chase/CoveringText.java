package scot.cswo.assurance.domain.chase;

import java.time.LocalDate;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.problem.Problems;

/**
 * The office's covering text for a chase, kept as its template. {lead} becomes the lead's name and
 * {date} the chase's date; the list of items follows the body.
 */
public record CoveringText(String subject, String body) {
    public static final int MAX_SUBJECT = 300;
    public static final int MAX_BODY = 4000;

    /** Until the office writes its own. */
    public static final CoveringText STANDARD = new CoveringText("Evidence for the CSWO assurance framework",
            """
            Dear {lead},

            The CSWO's office is gathering evidence for the assurance framework. As at {date}, the items \
            below are overdue or due soon. Please send the evidence described, or let us know if anything \
            has changed.

            Thank you.""");

    public CoveringText {
        Problems problems = new Problems().required(ChaseField.SUBJECT, subject, MAX_SUBJECT, "give the email's subject.")
                .required(ChaseField.COVERING_TEXT, body, MAX_BODY, "give the covering text.");
        if (subject != null && (subject.contains("\n") || subject.contains("\r"))) {
            problems.add(ChaseField.SUBJECT, subject, "a subject is one line.");
        }
        problems.refuseIfAny();
        subject = subject.strip();
        body = body.strip().replace("\r\n", "\n");
    }

    public String subjectFor(String leadName, LocalDate date) {
        return fill(subject, leadName, date);
    }

    public String bodyFor(String leadName, LocalDate date) {
        return fill(body, leadName, date);
    }

    private static String fill(String text, String leadName, LocalDate date) {
        return text.replace("{lead}", leadName).replace("{date}", DateFormats.display(date));
    }
}
