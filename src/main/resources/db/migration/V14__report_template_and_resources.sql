-- A council's own report template (the order of the annual report's chapters and which it hides),
-- and each year's Resources table (budget and outturn per service, in thousands of pounds). The
-- variance is worked out by the app, never stored.

create table report_chapter (
    framework_id bigint      not null references framework (id),
    section_key  varchar(40) not null,
    position     integer     not null,
    shown        boolean     not null,
    primary key (framework_id, section_key)
);

create table resource_line (
    framework_id bigint        not null references framework (id),
    report_year  integer       not null,
    position     integer       not null,
    service      varchar(200)  not null,
    budget       numeric(14,1) not null,
    outturn      numeric(14,1) not null,
    primary key (framework_id, report_year, position)
);
