-- A progress note may say where its evidence is: a minute, a report number, a link.
alter table action_note add column evidence varchar(500) not null default '';
