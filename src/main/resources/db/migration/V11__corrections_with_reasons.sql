-- Corrections say why: a corrected evidence record carries the reason for the correction, as a
-- withdrawn one carries the reason it was withdrawn. Progress notes on actions can be corrected and
-- withdrawn the same way: the earlier version stays, marked superseded, and no longer counts.
alter table evidence add column correction_reason varchar(1000);

alter table action_note add column replaces_id bigint references action_note (id);
alter table action_note add column superseded boolean not null default false;
alter table action_note add column withdrawn_reason varchar(1000);
alter table action_note add column correction_reason varchar(1000);
alter table action_note add column version integer not null default 0;
