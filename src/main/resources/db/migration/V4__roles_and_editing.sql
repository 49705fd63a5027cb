-- Roles by Windows account, and what editing the matrix needs: frequency changes that take
-- effect from a date (earlier periods keep the old rule) and the date rows and functions were
-- retired (so past reports still show them).

create table user_role (
    account     varchar(300) primary key,
    role        varchar(20)  not null,
    granted_by  varchar(300) not null,
    granted_at  timestamp with time zone not null,
    version     integer      not null default 0
);

create table mechanism_frequency (
    mechanism_id       bigint       not null references mechanism (id),
    effective_from     date         not null,
    frequency_kind     varchar(20)  not null,
    frequency_code     varchar(40)  not null,
    frequency_wording  varchar(300) not null,
    target_date        date,
    primary key (mechanism_id, effective_from)
);

alter table matrix_row add column retired_on date;
alter table statutory_function add column retired_on date;
alter table statutory_function add column ordinal integer not null default 0;
