package scot.cswo.assurance.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** Cancelling a meeting moves due dates, so the user is asked first, in plain words; reinstating is not asked. */
class CancellingAMeetingTest extends ViewModelTest {
    private static final LocalDate MEETING = LocalDate.of(2025, 12, 10);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    void theUserIsToldWhichMeetingAndWhatCancellingMeansBeforeItIsCancelled() {
        MeetingsViewModel model = withAJswmtMeeting();

        model.cancelOrReinstate(meeting(model));

        assertThat(dialogs.lines()).singleElement().asString().isEqualTo("confirm: Cancel this meeting?: Cancel the"
                + " Joint Social Work Management Team meeting on 10/12/2025? Reports due at it (F1.7, F1.8, F3.1,"
                + " F3.2, F3.8, F5.4) will have no meeting to be due at until a later meeting is entered. You can"
                + " reinstate the meeting later if it goes ahead after all.");
    }

    @Test
    void theNextMeetingIsNamedByItsDateWhenThereIsOne() {
        open.workspace().meetings().add(MeetingSeries.JSWMT, LocalDate.of(2026, 1, 14));
        MeetingsViewModel model = withAJswmtMeeting();

        model.cancelOrReinstate(meeting(model));

        assertThat(dialogs.lines()).singleElement().asString().contains("F5.4) will be due at the next meeting, on"
                + " 14/01/2026, instead.");
    }

    @Test
    void sayingNoLeavesTheMeetingAsItWas() {
        MeetingsViewModel model = withAJswmtMeeting();
        dialogs.confirming(false);

        model.cancelOrReinstate(meeting(model));

        assertThat(meeting(model).cancelled()).isFalse();
        assertThat(open.workspace().meetings().list()).singleElement().satisfies(m ->
                assertThat(m.cancelled()).isFalse());
    }

    @Test
    void sayingYesCancelsIt() {
        MeetingsViewModel model = withAJswmtMeeting();
        dialogs.confirming(true);

        model.cancelOrReinstate(meeting(model));

        assertThat(meeting(model).cancelled()).isTrue();
    }

    @Test
    void reinstatingACancelledMeetingAsksNothing() {
        open.workspace().meetings().add(MeetingSeries.JSWMT, MEETING);
        open.workspace().meetings().cancel(MeetingSeries.JSWMT, MEETING);
        MeetingsViewModel model = new MeetingsViewModel(open.state(), open.workspace().meetings(), dialogs);

        model.cancelOrReinstate(meeting(model));

        assertThat(meeting(model).cancelled()).isFalse();
        assertThat(dialogs.lines()).isEmpty();
    }

    private MeetingsViewModel withAJswmtMeeting() {
        open.workspace().meetings().add(MeetingSeries.JSWMT, MEETING);
        return new MeetingsViewModel(open.state(), open.workspace().meetings(), dialogs);
    }

    private static Meeting meeting(MeetingsViewModel model) {
        return model.meetings(MeetingSeries.JSWMT).getFirst();
    }
}
