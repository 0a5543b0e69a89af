-- Oversight cases: each report is run as a case, from receipt to closure, with its time limits, its assignment and
-- an append-only record of every move. Nothing here is what a reporter wrote: the case row keeps what statistics
-- count (dates, category, institution concerned, outcome), and stays after the report's content is purged.

create table oversight_case (
    report_id        bigint       primary key references oversight_report (id),
    channel_id       bigint       not null references oversight_channel (id),
    organisation_id  bigint       not null references organisation (id),
    status           varchar(24)  not null,
    category         varchar(40)  not null,
    institution_id   bigint       references organisation (id),
    assignee_id      bigint       references account (id) on delete set null,
    priority         boolean      not null default false,
    -- the report's arrival, rounded to the hour like every time that concerns the reporter
    received_at      timestamptz  not null,
    -- received_at + the channel's acknowledge_days / feedback_days at intake (Deadlines)
    acknowledge_due  timestamptz  not null,
    feedback_due     timestamptz  not null,
    acknowledged_at  timestamptz,
    -- first move to a status that tells the reporter where their report led (CaseStatus.givesFeedback)
    feedback_at      timestamptz,
    decided_at       timestamptz,
    outcome          varchar(16),
    closed_at        timestamptz,
    purged_at        timestamptz,
    -- what the officer's list sorts on and marks overdue (next_due < now); Deadlines.nextDue says the same in Java
    next_due         timestamptz  generated always as (
                         case when acknowledged_at is null then acknowledge_due
                              when feedback_at is null then feedback_due end) stored,
    version          bigint       not null default 0,
    constraint oversight_case_status_check check (status in ('RECEIVED', 'ACKNOWLEDGED', 'ADMISSIBILITY_REVIEW',
        'INADMISSIBLE', 'UNDER_INVESTIGATION', 'REFERRED', 'DECIDED', 'REMEDY_RECORDED', 'CLOSED')),
    constraint oversight_case_category_check check (category in (
        'UNLAWFUL_FORCE', 'TORTURE_ILL_TREATMENT', 'ARBITRARY_DETENTION', 'CORRUPTION_BRIBERY', 'PROCUREMENT_FRAUD',
        'DISCRIMINATION', 'SEXUAL_GENDER_BASED_VIOLENCE', 'PRIVACY_VIOLATION', 'RETALIATION', 'OTHER')),
    constraint oversight_case_outcome_check check (outcome in ('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD')),
    constraint oversight_case_closed check ((status = 'CLOSED') = (closed_at is not null)),
    constraint oversight_case_purged_only_closed check (purged_at is null or status = 'CLOSED')
);
-- the officer's list: a body's cases by due moment (the filters narrow within it)
create index oversight_case_list_idx on oversight_case (organisation_id, next_due, report_id);
create index oversight_case_assignee_idx on oversight_case (assignee_id, next_due) where assignee_id is not null;
-- the retention job's search
create index oversight_case_closed_idx on oversight_case (closed_at) where status = 'CLOSED' and purged_at is null;
-- the country page and statistics by institution
create index oversight_case_institution_idx on oversight_case (institution_id) where institution_id is not null;

-- Every move of a case: who (an officer's account; none for the opening at intake), when, why and what it named.
-- Rows are only added: application privilege 'append'.
create table oversight_case_transition (
    id           bigserial     primary key,
    report_id    bigint        not null references oversight_case (report_id),
    from_status  varchar(24),
    to_status    varchar(24)   not null,
    reason       varchar(2000),
    referred_to  bigint        references organisation (id),
    outcome      varchar(16),
    sanction     varchar(30),
    actor_id     bigint        references account (id) on delete set null,
    actor_name   varchar(100),
    occurred_at  timestamptz   not null,
    constraint oversight_case_transition_sanction_check check (sanction in ('DISCIPLINARY_WARNING', 'SUSPENSION',
        'DISMISSAL', 'CRIMINAL_PROSECUTION', 'COMPENSATION', 'POLICY_CHANGE', 'APOLOGY', 'OTHER')),
    constraint oversight_case_transition_outcome_check check (outcome in ('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'))
);
create index oversight_case_transition_case_idx on oversight_case_transition (report_id, id);
create index oversight_case_transition_sanction_idx on oversight_case_transition (sanction) where sanction is not null;

-- Which case was reminded of its deadline on which day (UTC), so that each case is reminded at most once a day even
-- if the job runs twice.
create table oversight_case_reminder (
    report_id bigint not null references oversight_case (report_id),
    day       date   not null,
    primary key (report_id, day)
);

insert into application_privilege (relation, access) values
    ('oversight_case', 'write'),
    ('oversight_case_transition', 'append'),
    ('oversight_case_reminder', 'append');

-- The number that moves whenever a case changes (shared.cache.DataVersion, as V21 does for the directory): the
-- country pages, kept whole by the public page cache, show oversight figures computed from these rows.
create sequence oversight_case_version;

create function oversight_cases_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(1131376227, 35);
    perform nextval('oversight_case_version');
    return null;
end
$$;

create trigger oversight_case_changed
    after insert or update or delete or truncate on oversight_case
    for each statement execute function oversight_cases_changed();
