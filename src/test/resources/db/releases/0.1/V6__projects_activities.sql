-- SSR activities modelled on the IATI 2.03 activity standard. Every repeated element is a row of its own.
-- Only projects_save_activity (R__projects_activity_writes.sql) writes an activity's rows, always with the id of the
-- activity row it has just inserted or locked in the same statement.

create table activity (
    id                     bigserial    primary key,
    iati_identifier        text not null unique,
    reporting_org_ref      text,
    reporting_org_type     text,
    reporting_org_name     text,
    reporting_organisation_id bigint,            -- the directory's organisation (organisations module), when matched
    default_currency       text,
    default_language       text,
    hierarchy              int,
    humanitarian           boolean,
    status                 text,
    collaboration_type     text,
    default_flow_type      text,
    default_finance_type   text,
    default_aid_type       text,
    default_tied_status    text,
    activity_scope         text,
    last_updated           timestamptz,
    title                  text,                   -- the title in the activity's default language (or the first), for lists
    start_date             date,                   -- actual start, else planned start
    end_date               date,                   -- actual end, else planned end
    total_budget           numeric,                -- sum of original budgets in budget_currency (see ActivityStore)
    budget_currency        text,
    total_budget_usd       numeric,                -- the same in US dollars at Concord's annual rates; null without a rate
    published              boolean      not null default true,  -- false: a draft entered by hand, seen only by signed-in people
    content_hash           text     not null,  -- of the modelled content, so that re-importing the same activity changes nothing
    source                 text  not null default 'import',
    search                 tsvector,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    version                bigint       not null default 0
);
create index activity_reporting_org_idx on activity (reporting_org_ref);
create index activity_dates_idx on activity (start_date, end_date);
-- the list's default order: the earlier of start and end, so that placeholder dates (2050) do not lead
create index activity_list_order_idx on activity ((least(start_date, coalesce(end_date, start_date))) desc nulls last, id);
create index activity_search_idx on activity using gin (search);
-- The activity list filters and counts by joining activity to its countries, sectors and participants. For a broad
-- filter (a reform area with a third of all activities) reading the wide activity rows for status, publication and
-- budget (and dates, the default order) was most of the time; this narrow index in id order lets PostgreSQL merge
-- it with the covering indexes of those tables without touching the rows. (An index on status alone, a handful of
-- values, served no query.)
create index activity_facts_idx on activity (id) include (status, published, total_budget_usd, start_date, end_date);

create table activity_title (
    activity_id bigint not null references activity (id) on delete cascade not enforced,
    seq int not null, lang text, text text not null,
    primary key (activity_id, seq)
);

create table activity_description (
    activity_id bigint not null references activity (id) on delete cascade not enforced,
    seq int not null, type text, lang text, text text not null,
    primary key (activity_id, seq)
);

create table activity_date (
    activity_id bigint not null references activity (id) on delete cascade not enforced,
    seq int not null, type text not null, iso_date date not null,
    primary key (activity_id, seq)
);

create table activity_participant (
    activity_id     bigint not null references activity (id) on delete cascade not enforced,
    seq             int not null,
    role            text,
    ref             text,
    type            text,
    activity_ref    text,
    crs_channel_code text,
    name            text,
    name_lang       text,
    organisation_id bigint,
    primary key (activity_id, seq)
);
create index activity_participant_ref_idx on activity_participant (ref, role, activity_id);
create index activity_participant_org_idx on activity_participant (organisation_id);

create table activity_country (
    activity_id bigint not null references activity (id) on delete cascade not enforced,
    seq int not null, code text not null, percentage numeric,
    primary key (activity_id, seq)
);
create index activity_country_code_idx on activity_country (code, activity_id);

create table activity_region (
    activity_id bigint not null references activity (id) on delete cascade not enforced,
    seq int not null, vocabulary text, code text not null, percentage numeric,
    primary key (activity_id, seq)
);

create table activity_sector (
    activity_id bigint not null references activity (id) on delete cascade not enforced,
    seq int not null, vocabulary text, code text not null, percentage numeric, name text,
    reform_area text,
    primary key (activity_id, seq)
);
create index activity_sector_area_idx on activity_sector (reform_area, activity_id);

create table activity_policy_marker (
    activity_id bigint not null references activity (id) on delete cascade not enforced,
    seq int not null, vocabulary text, code text not null, significance text,
    primary key (activity_id, seq)
);

create table activity_location (
    activity_id bigint not null references activity (id) on delete cascade not enforced,
    seq int not null, ref text, name text, description text,
    latitude numeric, longitude numeric,
    primary key (activity_id, seq)
);

create table activity_budget (
    activity_id  bigint not null references activity (id) on delete cascade not enforced,
    seq          int not null,
    type         text,
    status       text,
    period_start date,
    period_end   date,
    amount       numeric not null,
    currency     text,
    value_date   date,
    primary key (activity_id, seq)
);

create table activity_transaction (
    activity_id          bigint not null references activity (id) on delete cascade not enforced,
    seq                  int not null,
    ref                  text,
    type                 text not null,
    transaction_date     date,
    amount               numeric not null,
    currency             text,
    value_date           date,
    description          text,
    provider_ref         text,
    provider_activity_id text,
    provider_name        text,
    receiver_ref         text,
    receiver_activity_id text,
    receiver_name        text,
    humanitarian         boolean,
    primary key (activity_id, seq)
);
-- Most transactions name no provider or receiver activity: indexing the nulls would cost two index entries per
-- transaction on every import for lookups that only ever ask for a given identifier (the funding links join on
-- them, which implies "not null", so the planner uses these partial indexes just the same).
create index activity_transaction_provider_idx on activity_transaction (provider_activity_id)
    where provider_activity_id is not null;
create index activity_transaction_receiver_idx on activity_transaction (receiver_activity_id)
    where receiver_activity_id is not null;
create index activity_transaction_provider_ref_idx on activity_transaction (provider_ref) where type in ('1', '11');
create index activity_transaction_receiver_ref_idx on activity_transaction (receiver_ref) where type in ('2', '3');

create table activity_document (
    activity_id   bigint not null references activity (id) on delete cascade not enforced,
    seq           int not null,
    url           text not null,
    format        text,
    title         text,
    category      text,
    language      text,
    document_date date,
    primary key (activity_id, seq)
);

create table activity_related (
    activity_id bigint not null references activity (id) on delete cascade not enforced,
    seq int not null, type text, ref text not null,
    primary key (activity_id, seq)
);

create table activity_result (
    activity_id       bigint not null references activity (id) on delete cascade not enforced,
    seq               int not null,
    type              text,
    aggregation_status boolean,
    title             text,
    description       text,
    primary key (activity_id, seq)
);

create table activity_indicator (
    activity_id      bigint not null references activity (id) on delete cascade not enforced,
    result_seq       int not null,
    seq              int not null,
    measure          text,
    ascending        boolean,
    title            text,
    description      text,
    baseline_year    int,
    baseline_date    date,
    baseline_value   text,
    baseline_comment text,
    primary key (activity_id, result_seq, seq)
);

create table activity_indicator_period (
    activity_id   bigint not null references activity (id) on delete cascade not enforced,
    result_seq    int not null,
    indicator_seq int not null,
    seq           int not null,
    period_start  date,
    period_end    date,
    target_value  text,
    actual_value  text,
    primary key (activity_id, result_seq, indicator_seq, seq)
);

-- An activity's rows (titles, participants, countries, sectors, budgets, transactions, results...) keep their
-- foreign keys to activity declared but NOT ENFORCED: an import writes tens of them per activity, and checking each
-- against activity cost a fifth of the database's time per imported activity. The check could never fail (see
-- above); the cascade on delete, which a not-enforced key does not perform, is done by this trigger.
create function activity_rows_of_removed_activities() returns trigger language plpgsql as $$
begin
    delete from activity_title where activity_id in (select id from removed);
    delete from activity_description where activity_id in (select id from removed);
    delete from activity_date where activity_id in (select id from removed);
    delete from activity_participant where activity_id in (select id from removed);
    delete from activity_country where activity_id in (select id from removed);
    delete from activity_region where activity_id in (select id from removed);
    delete from activity_sector where activity_id in (select id from removed);
    delete from activity_policy_marker where activity_id in (select id from removed);
    delete from activity_location where activity_id in (select id from removed);
    delete from activity_budget where activity_id in (select id from removed);
    delete from activity_transaction where activity_id in (select id from removed);
    delete from activity_document where activity_id in (select id from removed);
    delete from activity_related where activity_id in (select id from removed);
    delete from activity_result where activity_id in (select id from removed);
    delete from activity_indicator where activity_id in (select id from removed);
    delete from activity_indicator_period where activity_id in (select id from removed);
    return null;
end;
$$;
create trigger activity_removed_rows after delete on activity
    referencing old table as removed for each statement execute function activity_rows_of_removed_activities();

-- Whether the funding links' snapshot (funding_link_snapshot, R__projects_funding_links.sql) is stale. Every write of
-- an activity's transactions or countries goes through projects_save_activity, which writes the activity row too,
-- so the trigger on activity alone marks it.
create table funding_link_state (
    id    int     primary key check (id = 1),
    dirty boolean not null
);
insert into funding_link_state values (1, false);

-- The row lock it takes (only when the flag changes) is held to the writer's commit, so no refresh can clear the
-- flag before the write is visible to it.
create function funding_links_changed() returns trigger language plpgsql as $$
begin
    update funding_link_state set dirty = true where id = 1 and not dirty;
    return null;
end;
$$;
create trigger activity_funding_links_changed after insert or update or delete or truncate on activity
    for each statement execute function funding_links_changed();

-- Import jobs survive restarts: a job killed midway is finished or reported on the next start.
-- An import writes with several connections at once, its lanes: activity n of the file goes to lane
-- (n - 1) % lanes. Each lane counts its own activities and remembers the last position it committed, in the same
-- transaction as the activity, so a job resumed after a crash skips exactly what was committed, lane by lane.
create table import_job (
    id            bigserial   primary key,
    file_name     text not null,
    content       bytea       not null,
    status        text not null,  -- QUEUED, RUNNING, DONE, FAILED
    version       text,
    total         int,
    error         text,
    requested_by  text not null,
    organisations_created int not null default 0,
    created_at    timestamptz not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    lanes         int not null default 1
);
create table import_lane (
    job_id        bigint not null references import_job (id) on delete cascade,
    lane          int    not null,
    last_position int    not null default 0,
    processed     int    not null default 0,
    created       int    not null default 0,
    updated       int    not null default 0,
    unchanged     int    not null default 0,
    rejected      int    not null default 0,
    primary key (job_id, lane)
);

-- Lanes report problems at the same time, so a problem is numbered by its own key and listed by position.
create table import_rejection (
    job_id          bigint not null references import_job (id) on delete cascade,
    iati_identifier text,
    position        int,                        -- the activity's place in the file, from 1
    kind            text  not null,      -- REJECTED (not imported) or WARNING (imported; something to check)
    element         text not null,
    rule            text         not null,
    id              bigserial primary key
);
create index import_rejection_job_idx on import_rejection (job_id, kind, position, id);

-- National SSR priorities per country, edited by national coordinators.
create table country_priority (
    id           bigserial   primary key,
    country_code text  not null,
    title        text not null,
    description  text,
    reform_area  text references reform_area (code),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
create index country_priority_country_idx on country_priority (country_code);
