package scot.cswo.assurance.domain.frequency;

import java.util.Arrays;
import java.util.Optional;

/** A series of meetings whose dates mark the due points of meeting-cycle mechanisms. */
public enum MeetingSeries {
    JSWMT("jswmt", "Joint Social Work Management Team"),
    COMMITTEE("committee", "Committee / IJB cycle"),
    STRATEGIC("strategic", "Strategic planning");

    private final String key;
    private final String title;

    MeetingSeries(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** Short key used on the command line, e.g. "jswmt". */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<MeetingSeries> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equalsIgnoreCase(key.trim())).findFirst();
    }
}
