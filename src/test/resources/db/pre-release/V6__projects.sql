-- SSR activities modelled on the IATI 2.03 activity standard. Every repeated element is a row of its own.

-- Concord's thesaurus of reform areas, mapped from DAC sector codes (editable).
create table reform_area (
    code    text  primary key,
    name_en text not null, name_fr text not null, name_es text not null,
    name_ru text not null, name_ar text not null, name_uk text not null,
    colour  text   not null
);

-- vocabulary '1' = DAC 5-digit purpose code, '2' = DAC 3-digit category (fallback for codes not mapped one by one)
create table reform_area_sector (
    vocabulary  text not null,
    sector_code text not null,
    reform_area text not null references reform_area (code) on delete cascade,
    primary key (vocabulary, sector_code)
);

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
create index activity_status_idx on activity (status);
create index activity_dates_idx on activity (start_date, end_date);
-- the list's default order: the earlier of start and end, so that placeholder dates (2050) do not lead
create index activity_list_order_idx on activity ((least(start_date, coalesce(end_date, start_date))) desc nulls last, id);
create index activity_search_idx on activity using gin (search);

create table activity_title (
    activity_id bigint not null references activity (id) on delete cascade,
    seq int not null, lang text, text text not null,
    primary key (activity_id, seq)
);

create table activity_description (
    activity_id bigint not null references activity (id) on delete cascade,
    seq int not null, type text, lang text, text text not null,
    primary key (activity_id, seq)
);

create table activity_date (
    activity_id bigint not null references activity (id) on delete cascade,
    seq int not null, type text not null, iso_date date not null,
    primary key (activity_id, seq)
);

create table activity_participant (
    activity_id     bigint not null references activity (id) on delete cascade,
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
    activity_id bigint not null references activity (id) on delete cascade,
    seq int not null, code text not null, percentage numeric,
    primary key (activity_id, seq)
);
create index activity_country_code_idx on activity_country (code, activity_id);

create table activity_region (
    activity_id bigint not null references activity (id) on delete cascade,
    seq int not null, vocabulary text, code text not null, percentage numeric,
    primary key (activity_id, seq)
);

create table activity_sector (
    activity_id bigint not null references activity (id) on delete cascade,
    seq int not null, vocabulary text, code text not null, percentage numeric, name text,
    reform_area text,
    primary key (activity_id, seq)
);
create index activity_sector_area_idx on activity_sector (reform_area, activity_id);

create table activity_policy_marker (
    activity_id bigint not null references activity (id) on delete cascade,
    seq int not null, vocabulary text, code text not null, significance text,
    primary key (activity_id, seq)
);

create table activity_location (
    activity_id bigint not null references activity (id) on delete cascade,
    seq int not null, ref text, name text, description text,
    latitude numeric, longitude numeric,
    primary key (activity_id, seq)
);

create table activity_budget (
    activity_id  bigint not null references activity (id) on delete cascade,
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
    activity_id          bigint not null references activity (id) on delete cascade,
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
create index activity_transaction_provider_idx on activity_transaction (provider_activity_id);
create index activity_transaction_receiver_idx on activity_transaction (receiver_activity_id);

create table activity_document (
    activity_id   bigint not null references activity (id) on delete cascade,
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
    activity_id bigint not null references activity (id) on delete cascade,
    seq int not null, type text, ref text not null,
    primary key (activity_id, seq)
);

create table activity_result (
    activity_id       bigint not null references activity (id) on delete cascade,
    seq               int not null,
    type              text,
    aggregation_status boolean,
    title             text,
    description       text,
    primary key (activity_id, seq)
);

create table activity_indicator (
    activity_id      bigint not null references activity (id) on delete cascade,
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
    activity_id   bigint not null references activity (id) on delete cascade,
    result_seq    int not null,
    indicator_seq int not null,
    seq           int not null,
    period_start  date,
    period_end    date,
    target_value  text,
    actual_value  text,
    primary key (activity_id, result_seq, indicator_seq, seq)
);

-- Import jobs survive restarts: a job killed midway is finished or reported on the next start.
create table import_job (
    id            bigserial   primary key,
    file_name     text not null,
    content       bytea       not null,
    status        text not null,  -- QUEUED, RUNNING, DONE, FAILED
    version       text,
    total         int,
    processed     int         not null default 0,
    created       int         not null default 0,
    updated       int         not null default 0,
    unchanged     int         not null default 0,
    rejected      int         not null default 0,
    error         text,
    requested_by  text not null,
    organisations_created int not null default 0,
    created_at    timestamptz not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz
);

create table import_rejection (
    job_id          bigint not null references import_job (id) on delete cascade,
    seq             int    not null,
    iati_identifier text,
    position        int,                        -- the activity's place in the file, from 1
    kind            text  not null,      -- REJECTED (not imported) or WARNING (imported; something to check)
    element         text not null,
    rule            text         not null,
    primary key (job_id, seq)
);

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

-- Overlap candidates and the coordinators' decisions on them.
create table overlap_candidate (
    activity_a    bigint       not null references activity (id) on delete cascade,
    activity_b    bigint       not null references activity (id) on delete cascade,
    score         numeric(5, 3) not null,
    reasons       text         not null,   -- JSON list of reasons, each {"kind", "detail"}
    computed_at   timestamptz  not null default now(),
    primary key (activity_a, activity_b),
    check (activity_a < activity_b)
);
create index overlap_candidate_score_idx on overlap_candidate (score desc);

create table overlap_decision (
    activity_a     bigint      not null references activity (id) on delete cascade,
    activity_b     bigint      not null references activity (id) on delete cascade,
    decision       text not null,  -- DUPLICATE, COMPLEMENTARY, UNRELATED
    note           text,
    hash_a         text    not null,  -- content hashes when decided: a material change re-opens the pair
    hash_b         text    not null,
    decided_by     text not null,
    decided_at     timestamptz not null default now(),
    primary key (activity_a, activity_b),
    check (activity_a < activity_b)
);

create table overlap_settings (
    id                int primary key check (id = 1),
    weight_area       numeric(4, 3) not null,
    weight_beneficiary numeric(4, 3) not null,
    weight_implementer numeric(4, 3) not null,
    weight_text       numeric(4, 3) not null,
    weight_period     numeric(4, 3) not null,
    threshold         numeric(4, 3) not null
);
insert into overlap_settings values (1, 0.20, 0.20, 0.15, 0.30, 0.15, 0.45);
