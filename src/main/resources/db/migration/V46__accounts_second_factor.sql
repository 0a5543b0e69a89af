-- A second factor (TOTP, RFC 6238) per account. The shared secret is kept encrypted (AES-GCM) with a key held outside
-- the database (concord.accounts.second-factor-key), so that a copy of the database alone yields no secret.
-- confirmed_at is null while the person is enrolling (the secret was shown but no code confirmed it yet).
-- last_used_step: the latest 30-second step whose code was accepted, so that a code cannot be used twice.
-- failed_attempts / blocked_until: wrong codes in a row, and the time before which no code is checked.
create table account_second_factor (
    account_id      bigint      primary key references account (id) on delete cascade,
    secret          bytea       not null,
    confirmed_at    timestamptz,
    last_used_step  bigint      not null default 0,
    failed_attempts int         not null default 0,
    blocked_until   timestamptz,
    created_at      timestamptz not null
);

-- One-time recovery codes, stored as SHA-256 digests (the codes are random, 50 bits each): used_at set once used.
create table account_recovery_code (
    account_id bigint      not null references account_second_factor (account_id) on delete cascade,
    code_hash  varchar(64) not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

insert into application_privilege (relation, access) values ('account_second_factor', 'write');
insert into application_privilege (relation, access) values ('account_recovery_code', 'write');
