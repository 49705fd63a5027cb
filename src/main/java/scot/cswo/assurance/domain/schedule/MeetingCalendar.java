package scot.cswo.assurance.domain.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import scot.cswo.assurance.domain.frequency.MeetingSeries;

/** The dates of the meetings that are going ahead (cancelled ones left out), per series. */
public final class MeetingCalendar {
    private final Map<MeetingSeries, NavigableSet<LocalDate>> dates = new EnumMap<>(MeetingSeries.class);

    public MeetingCalendar(Map<MeetingSeries, ? extends Collection<LocalDate>> meetings) {
        for (MeetingSeries series : MeetingSeries.values()) {
            Collection<LocalDate> given = meetings.get(series);
            dates.put(series, given == null ? new TreeSet<>() : new TreeSet<>(given));
        }
    }

    public static MeetingCalendar none() {
        return new MeetingCalendar(Map.of());
    }

    public NavigableSet<LocalDate> dates(MeetingSeries series) {
        return Collections.unmodifiableNavigableSet(dates.get(series));
    }
}
