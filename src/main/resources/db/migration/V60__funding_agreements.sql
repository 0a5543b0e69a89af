-- Funding agreements with conditions (funding module): who funds whom, for which activities, in tranches released
-- when the milestones they depend on are verified by an independent evaluator (or waived by the funder).
-- Organisations (funder, recipient, evaluator), activities, indicators and accounts belong to other modules: their
-- ids are kept here without foreign keys, and read through those modules' APIs.

create table funding_agreement (
    id                 bigserial primary key,
    title              varchar(300)   not null,
    description        text,
    funder_id          bigint         not null,   -- directory organisation (organisations module)
    recipient_id       bigint         not null,   -- national institution or implementing organisation
    country_code       varchar(2)     not null references country (code),
    total_amount       numeric(20, 2) not null check (total_amount >= 0),
    currency           varchar(3)     not null check (currency ~ '^[A-Z]{3}$'),
    start_date         date           not null,
    end_date           date           not null,
    status             varchar(20)    not null default 'ACTIVE',
    -- partly met milestones release a pro-rata share of their tranche (see ReleaseRule)
    pro_rata           boolean        not null default false,
    iati_identifier    varchar(150),
    created_by         bigint,                   -- account (accounts module)
    created_at         timestamptz    not null default now(),
    updated_at         timestamptz    not null default now(),
    version            bigint         not null default 0,
    constraint funding_agreement_status_check check (status in ('ACTIVE', 'COMPLETED', 'SUSPENDED', 'CANCELLED')),
    constraint funding_agreement_dates_check check (end_date >= start_date),
    constraint funding_agreement_parties_check check (funder_id <> recipient_id)
);
create index funding_agreement_funder_idx on funding_agreement (funder_id);
create index funding_agreement_recipient_idx on funding_agreement (recipient_id);
create index funding_agreement_country_idx on funding_agreement (country_code);

-- Fields the funder keeps from the public page, API and exports: AMOUNTS (total, tranche amounts, releases),
-- CONDITIONS (condition texts and targets), FINDINGS (evaluators' written findings and evidence).
create table funding_confidential_field (
    agreement_id bigint      not null references funding_agreement (id) on delete cascade,
    field        varchar(20) not null,
    primary key (agreement_id, field),
    constraint funding_confidential_field_check check (field in ('AMOUNTS', 'CONDITIONS', 'FINDINGS'))
);

-- The registry activities (projects module) an agreement finances.
create table funding_agreement_activity (
    agreement_id bigint not null references funding_agreement (id) on delete cascade,
    activity_id  bigint not null,
    primary key (agreement_id, activity_id)
);
create index funding_agreement_activity_activity_idx on funding_agreement_activity (activity_id);

-- Evaluator organisations the funder has assigned to verify the agreement's milestones (independent of both parties).
create table funding_evaluator (
    agreement_id    bigint      not null references funding_agreement (id) on delete cascade,
    organisation_id bigint      not null,
    assigned_at     timestamptz not null default now(),
    primary key (agreement_id, organisation_id)
);
create index funding_evaluator_organisation_idx on funding_evaluator (organisation_id);

-- A condition (milestone): a process condition in words, or an outcome condition on a standards indicator.
create table funding_condition (
    id                    bigserial primary key,
    agreement_id          bigint         not null references funding_agreement (id) on delete cascade,
    position              int            not null,
    kind                  varchar(10)    not null,
    text                  text           not null,
    indicator_id          bigint,                 -- standards module indicator, outcome conditions only
    comparator            varchar(10),
    target_value          numeric(20, 4),
    baseline_value        numeric(20, 4),
    due_date              date,
    status                varchar(20)    not null default 'OPEN',
    met_share             numeric(5, 2),          -- 0..100, set by the latest verification or 100 when waived
    waiver_justification  text,
    waived_at             timestamptz,
    waived_by             bigint,
    version               bigint         not null default 0,
    constraint funding_condition_kind_check check (kind in ('PROCESS', 'OUTCOME')),
    constraint funding_condition_comparator_check check (comparator is null or comparator in ('AT_LEAST', 'AT_MOST')),
    constraint funding_condition_outcome_check check (kind = 'PROCESS'
        or (indicator_id is not null and comparator is not null and target_value is not null)),
    constraint funding_condition_status_check check (status in
        ('OPEN', 'SUBMITTED', 'MET', 'PARTLY_MET', 'NOT_MET', 'WAIVED')),
    constraint funding_condition_share_check check (met_share is null or (met_share >= 0 and met_share <= 100)),
    constraint funding_condition_waiver_check check (status <> 'WAIVED'
        or (waiver_justification is not null and waived_at is not null))
);
create index funding_condition_agreement_idx on funding_condition (agreement_id, position);
create index funding_condition_indicator_idx on funding_condition (indicator_id);
create index funding_condition_status_idx on funding_condition (status);

-- A tranche: planned amount and date; released once, with the amount and date of the release.
create table funding_tranche (
    id               bigserial primary key,
    agreement_id     bigint         not null references funding_agreement (id) on delete cascade,
    position         int            not null,
    planned_amount   numeric(20, 2) not null check (planned_amount >= 0),
    planned_date     date           not null,
    status           varchar(20)    not null default 'PLANNED',
    released_amount  numeric(20, 2),
    released_on      date,
    released_share   numeric(7, 4),            -- the share of the planned amount the milestones entitled (0..100)
    released_at      timestamptz,
    released_by      bigint,
    version          bigint         not null default 0,
    constraint funding_tranche_status_check check (status in ('PLANNED', 'RELEASED')),
    constraint funding_tranche_release_check check (status = 'PLANNED'
        or (released_amount is not null and released_on is not null and released_at is not null))
);
create index funding_tranche_agreement_idx on funding_tranche (agreement_id, position);

-- The milestones a tranche depends on.
create table funding_tranche_condition (
    tranche_id   bigint not null references funding_tranche (id) on delete cascade,
    condition_id bigint not null references funding_condition (id) on delete cascade,
    primary key (tranche_id, condition_id)
);
create index funding_tranche_condition_condition_idx on funding_tranche_condition (condition_id);

-- Evidence the recipient submits for a milestone: a statement, documents (links or references), and an indicator
-- value read from the standards module when it was submitted.
create table funding_evidence (
    id                    bigserial primary key,
    condition_id          bigint         not null references funding_condition (id) on delete cascade,
    statement             text           not null,
    indicator_value       numeric(20, 4),
    indicator_period      varchar(40),
    indicator_verified_at timestamptz,
    submitted_by          bigint         not null,
    submitted_at          timestamptz    not null default now()
);
create index funding_evidence_condition_idx on funding_evidence (condition_id, submitted_at);

create table funding_evidence_document (
    evidence_id bigint        not null references funding_evidence (id) on delete cascade,
    position    int           not null,
    title       varchar(300)  not null,
    reference   varchar(1000) not null,       -- a URL or a document reference (registry number, file name)
    primary key (evidence_id, position)
);

-- Each verification an evaluator records; the condition carries the latest outcome.
create table funding_verification (
    id                        bigserial primary key,
    condition_id              bigint        not null references funding_condition (id) on delete cascade,
    outcome                   varchar(20)   not null,
    share                     numeric(5, 2) not null check (share >= 0 and share <= 100),
    finding                   text          not null,
    evaluator_organisation_id bigint        not null,
    evaluator_account_id      bigint        not null,
    verified_at               timestamptz   not null default now(),
    constraint funding_verification_outcome_check check (outcome in ('MET', 'PARTLY_MET', 'NOT_MET')),
    constraint funding_verification_outcome_share_check check (
        (outcome = 'MET' and share = 100) or (outcome = 'NOT_MET' and share = 0)
        or (outcome = 'PARTLY_MET' and share > 0 and share < 100))
);
create index funding_verification_condition_idx on funding_verification (condition_id, verified_at);

insert into application_privilege (relation, access) values
    ('funding_agreement', 'write'),
    ('funding_confidential_field', 'write'),
    ('funding_agreement_activity', 'write'),
    ('funding_evaluator', 'write'),
    ('funding_condition', 'write'),
    ('funding_tranche', 'write'),
    ('funding_tranche_condition', 'write'),
    ('funding_evidence', 'append'),
    ('funding_evidence_document', 'append'),
    ('funding_verification', 'append');
