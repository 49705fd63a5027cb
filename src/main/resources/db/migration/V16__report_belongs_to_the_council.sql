-- The report's own content (texts, cover choices, template, Resources tables, pictures) is the council's,
-- year by year, whichever framework is in force; the app now keeps it with the first framework. What a
-- later framework holds moves there. Where two frameworks hold a text for the same year and key, the newer
-- is kept and the older goes into the history; a Resources table, the template and a setting are kept
-- from the latest framework that has one (its lines go into the history).

insert into change_history (changed_at, account, entity, entity_id, field, old_value, new_value)
select current_timestamp, 'upgrade', 'report_text', r.framework_id,
       cast(r.report_year as varchar(10)) || ':' || r.text_key, substring(r.body from 1 for 4000), null
from report_text r
where exists (select 1 from report_text o where o.report_year = r.report_year and o.text_key = r.text_key
              and (o.updated_at > r.updated_at or (o.updated_at = r.updated_at and o.id > r.id)));

delete from report_text where id in (
    select r.id from report_text r
    where exists (select 1 from report_text o where o.report_year = r.report_year and o.text_key = r.text_key
                  and (o.updated_at > r.updated_at or (o.updated_at = r.updated_at and o.id > r.id))));

update report_text set framework_id = (select min(id) from framework);

insert into change_history (changed_at, account, entity, entity_id, field, old_value, new_value)
select current_timestamp, 'upgrade', 'setting', l.framework_id, 'resources ' || cast(l.report_year as varchar(10)),
       l.service || ' ' || cast(l.budget as varchar(20)) || ' / ' || cast(l.outturn as varchar(20)), null
from resource_line l
where exists (select 1 from resource_line o where o.report_year = l.report_year and o.framework_id > l.framework_id);

delete from resource_line
where exists (select 1 from resource_line o where o.report_year = resource_line.report_year
              and o.framework_id > resource_line.framework_id);

update resource_line set framework_id = (select min(id) from framework);

delete from report_chapter
where exists (select 1 from report_chapter o where o.framework_id > report_chapter.framework_id);

update report_chapter set framework_id = (select min(id) from framework);

delete from framework_setting
where exists (select 1 from framework_setting o where o.setting_key = framework_setting.setting_key
              and o.framework_id > framework_setting.framework_id);

update framework_setting set framework_id = (select min(id) from framework);

update report_picture set framework_id = (select min(id) from framework);
