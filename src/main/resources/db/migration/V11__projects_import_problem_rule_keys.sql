-- An import's rejections and warnings are stored as the rule's key and its arguments (IatiRule), so that the report
-- shows them in the reader's language; rows written before keep their English text in rule, which new rows leave
-- null (the key says it in every language). projects_import_activity (R__projects_activity_writes.sql) writes them.
alter table import_rejection
    add column rule_key       text,
    add column rule_arguments jsonb not null default '[]',
    alter column rule drop not null,
    add constraint import_rejection_rule_or_key check (rule is not null or rule_key is not null);
