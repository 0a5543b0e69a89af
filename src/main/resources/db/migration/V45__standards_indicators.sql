-- Standards frameworks -> standards -> indicators, and what is measured against them: baselines, targets and values
-- of a subject (a country, ISO 3166-1 alpha-2, or an institution of the directory) per period.

create table standards_framework (
    id                    bigserial primary key,
    code                  varchar(40) not null unique,
    owner_organisation_id bigint      not null references organisation (id),
    visibility            varchar(12) not null default 'PUBLIC' check (visibility in ('PUBLIC', 'RESTRICTED')),
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint      not null default 0
);
create index standards_framework_owner_idx on standards_framework (owner_organisation_id);

-- Name and description per language (BCP 47 tag), as organisation_name does it; 'en' is always present.
create table standards_framework_name (
    framework_id bigint       not null references standards_framework (id) on delete cascade,
    language     varchar(10)  not null,
    name         varchar(300) not null,
    description  text,
    primary key (framework_id, language)
);

create table standards_standard (
    id           bigserial primary key,
    framework_id bigint      not null references standards_framework (id),
    code         varchar(40) not null,
    position     int         not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    unique (framework_id, code)
);

create table standards_standard_name (
    standard_id bigint       not null references standards_standard (id) on delete cascade,
    language    varchar(10)  not null,
    name        varchar(300) not null,
    description text,
    primary key (standard_id, language)
);

create table standards_indicator (
    id                    bigserial primary key,
    standard_id           bigint       not null references standards_standard (id),
    code                  varchar(60)  not null unique,
    unit                  varchar(12)  not null check (unit in ('NUMBER', 'PERCENTAGE', 'YES_NO', 'SCORE')),
    direction             varchar(20)  not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    frequency             varchar(10)  not null check (frequency in ('ANNUAL', 'QUARTERLY', 'MONTHLY')),
    visibility            varchar(12)  not null default 'PUBLIC' check (visibility in ('PUBLIC', 'RESTRICTED')),
    owner_organisation_id bigint       not null references organisation (id),
    data_source           varchar(500),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               bigint       not null default 0
);
create index standards_indicator_standard_idx on standards_indicator (standard_id);
create index standards_indicator_owner_idx on standards_indicator (owner_organisation_id);

-- Name and definition per language.
create table standards_indicator_name (
    indicator_id bigint       not null references standards_indicator (id) on delete cascade,
    language     varchar(10)  not null,
    name         varchar(300) not null,
    definition   text,
    primary key (indicator_id, language)
);
create index standards_indicator_name_search_idx on standards_indicator_name (lower(name));

-- The dimensions an indicator's values may be broken down by.
create table standards_indicator_disaggregation (
    indicator_id bigint      not null references standards_indicator (id) on delete cascade,
    dimension    varchar(12) not null check (dimension in ('SEX', 'REGION', 'INSTITUTION')),
    primary key (indicator_id, dimension)
);

-- A subject is exactly one of country_code and organisation_id. disaggregation is '' for the whole subject, else
-- '<dimension>:<key>' in lower case (e.g. 'sex:female', 'region:north').

create table standards_baseline (
    id              bigserial primary key,
    indicator_id    bigint        not null references standards_indicator (id),
    country_code    varchar(2),
    organisation_id bigint references organisation (id),
    disaggregation  varchar(100)  not null default '',
    period          varchar(7)    not null,
    period_start    date          not null,
    period_end      date          not null,
    value           numeric(20, 6) not null,
    note            varchar(1000),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    constraint standards_baseline_subject_check check ((country_code is null) <> (organisation_id is null)),
    constraint standards_baseline_unique unique nulls not distinct (indicator_id, country_code, organisation_id, disaggregation)
);

create table standards_target (
    id              bigserial primary key,
    indicator_id    bigint        not null references standards_indicator (id),
    country_code    varchar(2),
    organisation_id bigint references organisation (id),
    disaggregation  varchar(100)  not null default '',
    period          varchar(7)    not null,
    period_start    date          not null,
    period_end      date          not null,
    value           numeric(20, 6) not null,
    note            varchar(1000),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    constraint standards_target_subject_check check ((country_code is null) <> (organisation_id is null)),
    constraint standards_target_unique unique nulls not distinct (indicator_id, country_code, organisation_id, disaggregation, period)
);

-- Values: the table that grows to millions of rows. Kept narrow (no text beyond the evidence and the comment), one row
-- per (indicator, subject, period, disaggregation), so a re-import updates in place.
create table standards_value (
    id              bigint generated by default as identity primary key,
    indicator_id    bigint         not null references standards_indicator (id),
    country_code    varchar(2),
    organisation_id bigint references organisation (id),
    disaggregation  varchar(100)   not null default '',
    period          varchar(7)     not null,
    period_start    date           not null,
    period_end      date           not null,
    value           numeric(20, 6) not null,
    standard_error  numeric(20, 6),
    lower_bound     numeric(20, 6),
    upper_bound     numeric(20, 6),
    status          varchar(10)    not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED')),
    evidence_url    varchar(1000),
    evidence_document varchar(300),
    return_comment  varchar(2000),
    entered_by      bigint,
    verified_by     bigint,
    verified_at     timestamptz,
    created_at      timestamptz    not null default now(),
    updated_at      timestamptz    not null default now(),
    version         bigint         not null default 0,
    constraint standards_value_subject_check check ((country_code is null) <> (organisation_id is null)),
    constraint standards_value_period_check check (period_start <= period_end),
    constraint standards_value_bounds_check check (lower_bound is null or upper_bound is null or lower_bound <= upper_bound),
    constraint standards_value_verified_check check ((status = 'VERIFIED') = (verified_at is not null)),
    constraint standards_value_unique unique nulls not distinct (indicator_id, country_code, organisation_id, period, disaggregation)
);
-- Latest verified value of a subject and its series: an index-only scan of the verified rows, newest period first.
create index standards_value_verified_country_idx
    on standards_value (indicator_id, country_code, disaggregation, period_end desc)
    include (period, period_start, value, lower_bound, upper_bound, verified_at)
    where status = 'VERIFIED' and country_code is not null;
create index standards_value_verified_institution_idx
    on standards_value (indicator_id, organisation_id, disaggregation, period_end desc)
    include (period, period_start, value, lower_bound, upper_bound, verified_at)
    where status = 'VERIFIED' and organisation_id is not null;
-- The evaluators' "to verify" list: small, so a partial index.
create index standards_value_submitted_idx on standards_value (updated_at) where status = 'SUBMITTED';
create index standards_value_organisation_idx on standards_value (organisation_id) where organisation_id is not null;

-- what Concord's requests may do with the new tables (V14, ApplicationPrivileges)
insert into application_privilege (relation, access) values
    ('standards_framework', 'write'),
    ('standards_framework_name', 'write'),
    ('standards_standard', 'write'),
    ('standards_standard_name', 'write'),
    ('standards_indicator', 'write'),
    ('standards_indicator_name', 'write'),
    ('standards_indicator_disaggregation', 'write'),
    ('standards_baseline', 'write'),
    ('standards_target', 'write'),
    ('standards_value', 'write');
