-- On a shared server, attachments are kept in the database so every PC sees them; an embedded
-- database keeps them as files beside it and leaves this table empty.

create table attachment_content (
    stored_name  varchar(100) primary key,
    content      bytea        not null
);
