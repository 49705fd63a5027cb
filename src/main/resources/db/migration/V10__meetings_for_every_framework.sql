-- Meetings are the council's, not a framework's: the Joint Social Work Management Team meets
-- whichever framework is in force, and a meeting moved or cancelled in December must move the due
-- dates of a framework prepared to start in April too. Copies made for a new framework period are
-- merged into one meeting (the newest copy, which holds the latest change).
delete from meeting
where exists (select 1 from meeting newer
              where newer.series = meeting.series and newer.meeting_date = meeting.meeting_date
                and newer.id > meeting.id);

alter table meeting drop constraint uq_meeting;
alter table meeting drop constraint if exists meeting_framework_id_fkey;
alter table meeting drop column framework_id;
alter table meeting add constraint uq_meeting unique (series, meeting_date);
