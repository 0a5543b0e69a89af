-- Notifications: each account's inbox, how each person wants to hear of it, and the scheduler's jobs.

-- The language a person reads Concord in, for what reaches them outside a page (e-mail): a BCP 47 tag
-- of an interface language; null = not chosen yet (English is used). Owned by accounts.
alter table account add column preferred_language varchar(8)
    constraint account_preferred_language_check check (preferred_language in ('en', 'fr', 'es', 'ru', 'ar', 'uk'));

-- One notification for one account. The text is kept as a message key and its arguments, so that it is
-- rendered in the language of whoever reads it (the page's, or the recipient's for an e-mail).
create table notification (
    id          bigserial    primary key,
    account_id  bigint       not null references account (id) on delete cascade,
    kind        varchar(100) not null,
    message_key varchar(200) not null,
    arguments   text[]       not null default '{}',
    link        varchar(500),
    created_at  timestamptz  not null,
    read_at     timestamptz,
    -- when it went out by e-mail (alone or in a digest); null = not yet, or never for this person
    emailed_at  timestamptz,
    constraint notification_link_path check (link is null or link ~ '^/[^/]')
);
-- the inbox, newest first
create index notification_inbox_idx on notification (account_id, created_at desc, id desc);
-- the header's count on every page: only unread rows are in it
create index notification_unread_idx on notification (account_id) where read_at is null;
-- the daily digest's search for what has not gone out yet
create index notification_not_emailed_idx on notification (account_id) where read_at is null and emailed_at is null;

-- How each person hears of notifications besides the inbox; no row = the default (a daily digest).
create table notification_preference (
    account_id bigint      primary key references account (id) on delete cascade,
    delivery   varchar(10) not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0,
    constraint notification_preference_delivery_check check (delivery in ('IMMEDIATE', 'DAILY', 'NONE'))
);

-- db-scheduler's table (its PostgreSQL schema): recurring and one-time jobs of every module. A job is
-- picked by one instance (picked, picked_by, version), so that it runs once however many instances run.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
