-- CSWO Assurance: make a shared PostgreSQL server enforce the app's roles (ADR 15).
--
-- Run by the council's DBA with psql, connected to the app's database as a superuser (or as the
-- database's owner if it may create roles):
--
--   psql -h sql01 -U postgres -d cswo -v first_administrator=jsmith -f cswo-server-setup.sql
--
-- Before: the database exists, and CSWO Assurance has opened it once as its owner (that creates
-- the tables), or the office's data has been copied to it ("Copy this PC's database to the
-- server"). Safe to run again, and it must be run again after each upgrade of CSWO Assurance that
-- changes the database. The user guide ("A shared server") gives the whole procedure.
--
-- What it does, for the database it is connected to (called <db> below):
--   * four group roles, one per app role, each with the rights of the one before:
--     <db>_viewer (read everything), <db>_lead (record evidence for the mechanisms they lead or
--     cover, mark themselves away), <db>_editor (the matrix, everyone's evidence, meetings, report,
--     actions, dataset), <db>_administrator (frameworks, leads, settings, and giving roles);
--   * a role <db>_role_keeper, which cannot log in, that alone may give those roles, through the
--     function cswo_set_role (which only administrators may call);
--   * row-level security, so a lead's own login can add evidence only for their own mechanisms,
--     and every history entry carries the name of the login that wrote it;
--   * no one but the owner may connect unless given a role; the history can be added to and never
--     updated, deleted or truncated by anyone the app connects as.
-- Each person then gets their own login (see the user guide) and a role from an administrator.

\set ON_ERROR_STOP on
\if :{?first_administrator}
\else
\set first_administrator ''
\endif

set client_min_messages = warning;
begin;
select set_config('cswo.first_administrator', :'first_administrator', true);

do $setup$
declare
    db constant text := current_database();
    viewer constant text := db || '_viewer';
    lead constant text := db || '_lead';
    editor constant text := db || '_editor';
    administrator constant text := db || '_administrator';
    keeper constant text := db || '_role_keeper';
    first_administrator constant text := current_setting('cswo.first_administrator');
    app_role text;
    app_table text;
begin
    if length(db) > 49 then
        raise exception 'The database name % is too long for its role names; use one of at most 49 characters.', db;
    end if;
    if to_regclass('public.change_history') is null or to_regclass('public.framework') is null then
        raise exception 'The database % has no CSWO Assurance tables yet. Open it once with CSWO Assurance as its'
            ' owner (or copy an office''s data to it), then run this script again.', db;
    end if;

    -- The roles, created once; each includes the one before.
    foreach app_role in array array[viewer, lead, editor, administrator, keeper] loop
        if not exists (select 1 from pg_roles where rolname = app_role) then
            execute format('create role %I nologin', app_role);
        end if;
    end loop;
    execute format('grant %I to %I', viewer, lead);
    execute format('grant %I to %I', lead, editor);
    execute format('grant %I to %I', editor, administrator);
    execute format('grant %I, %I, %I, %I to %I with admin option', viewer, lead, editor, administrator, keeper);
    -- Whoever runs this may hand the role-giving function to the keeper.
    execute format('grant %I to current_user', keeper);

    -- Only people with a role may connect; nobody but the owner creates anything.
    execute format('revoke all on database %I from public', db);
    execute format('grant connect on database %I to %I', db, viewer);
    revoke create on schema public from public;
    execute format('grant usage on schema public to %I', viewer);

    -- Table rights, from nothing each time, so running it again after an upgrade converges.
    execute format('revoke all on all tables in schema public from %I, %I, %I, %I, public',
        viewer, lead, editor, administrator);
    execute format('grant select on all tables in schema public to %I', viewer);

    -- Lead: evidence (and its attachments) for their own and covered mechanisms, which keeps the
    -- mechanism's latest evidence date; their own absences; linking their login to a lead.
    execute format('grant insert on evidence, evidence_attachment, attachment_content, lead_absence, change_history'
        ' to %I', lead);
    execute format('grant update (superseded, withdrawn_reason, correction_reason, version) on evidence to %I', lead);
    execute format('grant update (last_evidence_date) on mechanism to %I', lead);
    execute format('grant update (windows_account, account_claimed_at, version) on lead_officer to %I', lead);

    -- Editor: the matrix, everyone's evidence, meetings, the report, actions and the dataset; new
    -- leads named in a mechanism.
    foreach app_table in array array['statutory_function', 'mechanism', 'mechanism_lead', 'matrix_row',
            'mechanism_frequency', 'meeting', 'report_text', 'exception_note', 'framework_setting',
            'improvement_action', 'action_note', 'measure', 'measure_value', 'measure_target',
            'report_picture', 'report_chapter', 'resource_line'] loop
        execute format('grant insert, update on %I to %I', app_table, editor);
    end loop;
    foreach app_table in array array['mechanism_lead', 'mechanism_frequency', 'report_text', 'framework_setting',
            'measure_value', 'measure_target', 'report_chapter', 'resource_line'] loop
        execute format('grant delete on %I to %I', app_table, editor);
    end loop;
    execute format('grant insert on lead_officer to %I', editor);
    -- Each action as it stood from a moment on: added to, never changed.
    execute format('grant insert on action_revision to %I', editor);
    -- Chasing leads: each chase is added to, never changed; the office keeps its covering text.
    execute format('grant insert on chase, chase_item to %I', editor);
    execute format('grant insert, update on chase_template to %I', editor);

    -- Administrator: frameworks (create, import, copy, settings), leads, database settings.
    execute format('grant insert, update on framework to %I', administrator);
    execute format('grant update on lead_officer to %I', administrator);
    execute format('grant insert, update, delete on app_setting to %I', administrator);
    -- Nobody the app connects as writes user_role (the server's roles replace it) or
    -- flyway_schema_history, or updates, deletes or truncates change_history.

    -- Whether the signed-in login leads or covers a mechanism today, as the app decides it (ADR 22):
    -- case ignored, a lead's account matches the login exactly or, where one of them is a bare name,
    -- by the other's name part (after DOMAIN\ or before @ in jsmith@council.gov.uk).
    create or replace function cswo_is_me(account text) returns boolean
        language sql stable set search_path = public, pg_catalog, pg_temp
        as $f$ select account is not null and (lower(account) = lower(session_user::text)
                  or session_user::text !~ '[\\@]' and lower(session_user::text)
                     = lower(split_part(regexp_replace(account, '^.*\\', ''), '@', 1))
                  or account !~ '[\\@]' and lower(account)
                     = lower(split_part(regexp_replace(session_user::text, '^.*\\', ''), '@', 1))) $f$;
    create or replace function cswo_leads_or_covers(of_mechanism bigint) returns boolean
        language sql stable set search_path = public, pg_catalog, pg_temp
        as $f$ select exists (select 1 from mechanism_lead ml join lead_officer l on l.id = ml.lead_id
                              where ml.mechanism_id = of_mechanism and cswo_is_me(l.windows_account))
                  or exists (select 1 from mechanism_lead ml join lead_absence a on a.lead_id = ml.lead_id
                              join lead_officer d on d.id = a.deputy_lead_id
                              where ml.mechanism_id = of_mechanism and current_date between a.starts_on and a.ends_on
                                and cswo_is_me(d.windows_account)) $f$;

    -- Row-level security: everyone with a role reads every row; editors write any row their
    -- table rights allow; a lead only their own.
    foreach app_table in array array['evidence', 'evidence_attachment', 'mechanism', 'lead_absence', 'lead_officer',
            'change_history'] loop
        execute format('alter table %I enable row level security', app_table);
        execute format('drop policy if exists cswo_read on %I', app_table);
        execute format('create policy cswo_read on %I for select to %I using (true)', app_table, viewer);
        execute format('drop policy if exists cswo_editors on %I', app_table);
        execute format('drop policy if exists cswo_leads_add on %I', app_table);
        execute format('drop policy if exists cswo_leads_change on %I', app_table);
    end loop;
    foreach app_table in array array['evidence', 'evidence_attachment', 'mechanism', 'lead_absence'] loop
        execute format('create policy cswo_editors on %I for all to %I using (true) with check (true)',
            app_table, editor);
    end loop;
    execute format('create policy cswo_leads_add on evidence for insert to %I'
        ' with check (cswo_leads_or_covers(mechanism_id))', lead);
    execute format('create policy cswo_leads_change on evidence for update to %I'
        ' using (cswo_leads_or_covers(mechanism_id)) with check (cswo_leads_or_covers(mechanism_id))', lead);
    execute format('create policy cswo_leads_add on evidence_attachment for insert to %I with check (exists ('
        'select 1 from evidence e where e.id = evidence_id and cswo_leads_or_covers(e.mechanism_id)))', lead);
    execute format('create policy cswo_leads_change on mechanism for update to %I'
        ' using (cswo_leads_or_covers(id)) with check (cswo_leads_or_covers(id))', lead);
    execute format('create policy cswo_leads_add on lead_absence for insert to %I with check (exists ('
        'select 1 from lead_officer l where l.id = lead_id and cswo_is_me(l.windows_account)))', lead);
    -- Leads: an editor may add one; an administrator change any; a person link their own login to
    -- a lead with none yet.
    execute format('create policy cswo_editors on lead_officer for insert to %I with check (true)', editor);
    execute format('drop policy if exists cswo_administrators on lead_officer');
    execute format('create policy cswo_administrators on lead_officer for update to %I using (true)'
        ' with check (true)', administrator);
    execute format('create policy cswo_leads_change on lead_officer for update to %I'
        ' using (coalesce(windows_account, '''') = '''') with check (cswo_is_me(windows_account))', lead);
    -- History: added to only, and always in the name of the login adding it.
    execute format('create policy cswo_leads_add on change_history for insert to %I'
        ' with check (account = session_user::text)', lead);

    -- Which roles are the app's (the app reads them from here), and giving one.
    execute format('create or replace function cswo_role_prefix() returns text language sql immutable'
        ' as $f$ select %L::text $f$', db);
    execute format($fn$
        create or replace function cswo_set_role(login text, app_role text) returns void
            language plpgsql security definer set search_path = pg_catalog, pg_temp
        as $f$
        declare
            granted text;
        begin
            if not pg_has_role(session_user, %1$L, 'USAGE') then
                raise exception 'Only an administrator may give roles.' using errcode = '42501';
            end if;
            if app_role is null or app_role not in ('viewer', 'lead', 'editor', 'administrator') then
                raise exception 'There is no role "%%"; the roles are viewer, lead, editor and administrator.',
                    app_role using errcode = 'CW001';
            end if;
            if not exists (select 1 from pg_roles where rolname = login and rolcanlogin and not rolsuper) then
                raise exception 'There is no login "%%" on the server. Ask IT to create it first (user guide,'
                    ' "A shared server"), then give the role again.', login using errcode = 'CW001';
            end if;
            foreach granted in array array[%2$L, %3$L, %4$L, %1$L] loop
                if exists (select 1 from pg_auth_members m join pg_roles g on g.oid = m.roleid
                           join pg_roles p on p.oid = m.member where g.rolname = granted and p.rolname = login) then
                    execute format('revoke %%I from %%I', granted, login);
                end if;
                if exists (select 1 from pg_auth_members m join pg_roles g on g.oid = m.roleid
                           join pg_roles p on p.oid = m.member where g.rolname = granted and p.rolname = login) then
                    raise exception 'The server role %% was given to %% by hand; ask IT to take it away'
                        ' (revoke %% from %%) before changing their role here.', granted, login, granted, login
                        using errcode = 'CW001';
                end if;
            end loop;
            execute format('grant %%I to %%I', %5$L || '_' || app_role, login);
        end
        $f$
        $fn$, administrator, viewer, lead, editor, db);
    -- A new owner must be allowed to create in the schema; the keeper needs that only for this.
    execute format('grant create on schema public to %I', keeper);
    execute format('alter function cswo_set_role(text, text) owner to %I', keeper);
    execute format('revoke create on schema public from %I', keeper);
    revoke all on function cswo_set_role(text, text) from public;
    execute format('grant execute on function cswo_set_role(text, text) to %I', administrator);

    if first_administrator <> '' then
        if not exists (select 1 from pg_roles where rolname = first_administrator and rolcanlogin) then
            raise exception 'There is no login "%" to make the first administrator; create it first.',
                first_administrator;
        end if;
        -- Given by the keeper, as every later change is, so administrators can change it.
        execute format('set local role %I', keeper);
        execute format('grant %I to %I', administrator, first_administrator);
        reset role;
    end if;
    execute format('revoke %I from current_user', keeper);
end
$setup$;

commit;
