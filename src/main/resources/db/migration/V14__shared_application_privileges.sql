-- What Concord's requests may do with each table. Concord connects with a role of its own (the embedded server's
-- concord_app, or spring.datasource.username beside spring.flyway.user on an external server) that owns nothing;
-- the owner (Flyway's role) grants it, at every start after migrating, exactly what this table says
-- (ApplicationPrivileges), so that a table added, replaced or granted more by hand is brought back in line:
--   read   SELECT
--   append SELECT, INSERT                  (the audit log: rows are added, never changed or removed)
--   write  SELECT, INSERT, UPDATE, DELETE
-- never TRUNCATE, REFERENCES, TRIGGER or MAINTAIN on a table, nor ownership, so the application cannot switch a
-- trigger off or empty a table. Views get SELECT, materialized views SELECT and MAINTAIN (to refresh them),
-- sequences USAGE and SELECT, functions EXECUTE. A table this list does not name gets nothing (and the start logs
-- it): each migration that creates a table adds its line here, e.g.
--   insert into application_privilege values ('audit_checkpoint', 'append');
create table application_privilege (
    relation varchar(63) primary key,
    access   varchar(10) not null check (access in ('read', 'append', 'write'))
);

insert into application_privilege (relation, access) values
    -- shared
    ('m49_region', 'read'),
    ('country', 'read'),
    ('flyway_schema_history', 'read'),
    ('application_privilege', 'read'),
    -- audit: append-only; the head of the chain is moved by audit_append on every append
    ('audit_entry', 'append'),
    ('audit_head', 'write'),
    -- accounts, sessions
    ('account', 'write'),
    ('account_grant', 'write'),
    ('spring_session', 'write'),
    ('spring_session_attributes', 'write'),
    -- organisations
    ('organisation', 'write'),
    ('organisation_name', 'write'),
    ('organisation_country', 'write'),
    ('organisation_ssr_role', 'write'),
    -- projects
    ('reform_area', 'write'),
    ('reform_area_sector', 'write'),
    ('exchange_rate', 'write'),
    ('reference_version', 'write'),
    ('activity', 'write'),
    ('activity_title', 'write'),
    ('activity_description', 'write'),
    ('activity_date', 'write'),
    ('activity_participant', 'write'),
    ('activity_country', 'write'),
    ('activity_region', 'write'),
    ('activity_sector', 'write'),
    ('activity_policy_marker', 'write'),
    ('activity_location', 'write'),
    ('activity_budget', 'write'),
    ('activity_transaction', 'write'),
    ('activity_document', 'write'),
    ('activity_related', 'write'),
    ('activity_result', 'write'),
    ('activity_indicator', 'write'),
    ('activity_indicator_period', 'write'),
    ('funding_link_state', 'write'),
    ('import_job', 'write'),
    ('import_lane', 'write'),
    ('import_rejection', 'write'),
    ('country_priority', 'write'),
    ('overlap_candidate', 'write'),
    ('overlap_decision', 'write'),
    ('overlap_settings', 'write'),
    -- event publication registry (Spring Modulith), scheduled jobs (db-scheduler), notifications
    ('event_publication', 'write'),
    ('scheduled_tasks', 'write'),
    ('notification', 'write'),
    ('notification_preference', 'write');
