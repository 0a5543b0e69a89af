-- Sunset clauses of funding agreements (funding module, phase-out part): the date external funding ends, and the
-- phase-out plan, year by year, of the external and national (co-financing) amounts of the recipient's programme,
-- both in the agreement's currency. The alerts sent before a sunset date are recorded so that each goes once.

create table funding_phase_out (
    agreement_id bigint       not null primary key references funding_agreement (id) on delete cascade,
    sunset_date  date         not null,
    note         text,
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);
create index funding_phase_out_sunset_idx on funding_phase_out (sunset_date);

create table funding_phase_out_year (
    agreement_id    bigint         not null references funding_phase_out (agreement_id) on delete cascade,
    year            int            not null check (year between 1990 and 2100),
    external_amount numeric(20, 2) not null check (external_amount >= 0),
    national_amount numeric(20, 2) not null check (national_amount >= 0),
    primary key (agreement_id, year)
);

-- One row per alert sent: the key makes a second sending (a job run twice, or on two instances) insert nothing.
-- The sunset date is part of the key: a sunset moved to another date has alerts of its own.
create table funding_sunset_alert (
    agreement_id   bigint      not null references funding_agreement (id) on delete cascade,
    sunset_date    date        not null,
    threshold_days int         not null check (threshold_days in (180, 90, 30)),
    sent_at        timestamptz not null default now(),
    primary key (agreement_id, sunset_date, threshold_days)
);

insert into application_privilege (relation, access) values
    ('funding_phase_out', 'write'),
    ('funding_phase_out_year', 'write'),
    ('funding_sunset_alert', 'append');
