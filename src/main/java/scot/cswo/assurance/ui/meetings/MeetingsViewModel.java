package scot.cswo.assurance.ui.meetings;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.service.meeting.MeetingService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.Messages;

/** The meeting series and their dates; every change updates the statuses that depend on them. */
public final class MeetingsViewModel {
    private final AssuranceState state;
    private final MeetingService service;
    private final DialogService dialogs;
    private final Map<MeetingSeries, ObservableList<Meeting>> meetings = new EnumMap<>(MeetingSeries.class);

    public MeetingsViewModel(AssuranceState state, MeetingService service, DialogService dialogs) {
        this.state = state;
        this.service = service;
        this.dialogs = dialogs;
        for (MeetingSeries series : MeetingSeries.values()) {
            meetings.put(series, FXCollections.observableArrayList());
        }
        reload();
    }

    /** The refs of the rows due at each meeting of a series, e.g. "F1.7, F1.8, F3.1". */
    public String refsDueAt(MeetingSeries series) {
        StatusBoard board = state.boardProperty().get();
        if (board == null) {
            return "";
        }
        return board.matrix().rows().stream()
                .filter(r -> r.mechanism().frequency() instanceof Frequency.MeetingCycle m && m.series() == series)
                .map(r -> r.ref().text()).collect(Collectors.joining(", "));
    }

    public ObservableList<Meeting> meetings(MeetingSeries series) {
        return meetings.get(series);
    }

    public LocalDate today() {
        return state.today();
    }

    /** The date typed for a meeting, or nothing, saying that a date is needed, when none was. */
    public Optional<LocalDate> given(LocalDate date) {
        if (date == null) {
            refused(new InvalidDataException(Messages.get("meetings.date.missing")));
        }
        return Optional.ofNullable(date);
    }

    /** Says why a meeting's date was not taken. */
    public void refused(InvalidDataException why) {
        dialogs.failed(why);
    }

    public void add(MeetingSeries series, LocalDate date) {
        change(() -> service.add(series, date));
    }

    public void move(Meeting meeting, LocalDate to) {
        change(() -> service.move(meeting.series(), meeting.date(), to));
    }

    /**
     * Cancels a meeting once the user has said yes to what it means (its reports fall due at the next
     * meeting of the series), or reinstates a cancelled one, which asks nothing: it puts things back.
     */
    public void cancelOrReinstate(Meeting meeting) {
        if (meeting.cancelled()) {
            change(() -> service.reinstate(meeting.series(), meeting.date()));
            return;
        }
        String refs = refsDueAt(meeting.series());
        String question = Messages.get("meetings.cancel.question", meeting.series().title(),
                DateFormats.display(meeting.date()), refs.isEmpty() ? Messages.get("meetings.cancel.nothingDue")
                        : meetings(meeting.series()).stream().filter(m -> !m.cancelled()
                        && m.date().isAfter(meeting.date())).map(Meeting::date).min(LocalDate::compareTo)
                        .map(next -> Messages.get("meetings.cancel.due", refs, DateFormats.display(next)))
                        .orElseGet(() -> Messages.get("meetings.cancel.dueNoNext", refs)));
        if (dialogs.confirm(Messages.get("meetings.cancel.title"), question, Messages.get("meetings.cancel.confirm"),
                Messages.get("meetings.cancel.keep"))) {
            change(() -> service.cancel(meeting.series(), meeting.date()));
        }
    }

    /** Saves a change to the meetings; a refusal is explained. */
    private void change(Callable<Meeting> work) {
        state.save(work, saved -> reload(), dialogs::failed);
    }

    private void reload() {
        state.load(() -> service.list(), all -> {
            for (MeetingSeries series : MeetingSeries.values()) {
                List<Meeting> ofSeries = all.stream().filter(m -> m.series() == series).toList();
                meetings.get(series).setAll(ofSeries);
            }
        });
    }
}
