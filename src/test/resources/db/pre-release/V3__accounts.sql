-- People who sign in, and what they may do where.
create table account (
    id                   bigserial    primary key,
    username             varchar(60)  not null unique,
    display_name         varchar(200) not null,
    email                varchar(320),
    password_hash        varchar(200) not null,
    must_change_password boolean      not null default true,
    active               boolean      not null default true,
    failed_attempts      int          not null default 0,
    locked_until         timestamptz,
    last_sign_in         timestamptz,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    constraint account_username_format check (username ~ '^[a-z0-9._-]{3,60}$')
);

-- A role within one organisation's scope; organisation_id null = every organisation (administrators).
create table account_grant (
    id              bigserial   primary key,
    account_id      bigint      not null references account (id) on delete cascade,
    role            varchar(40) not null,
    organisation_id bigint,
    constraint account_grant_role_check check (role in
        ('ADMIN', 'COORDINATOR', 'OVERSIGHT_OFFICER', 'EVALUATOR', 'TRAINER', 'TRAINEE'))
);
create unique index account_grant_unique on account_grant (account_id, role, coalesce(organisation_id, 0));

-- Spring Session JDBC: sessions live in the database so that several instances can serve one person.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null unique,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create index spring_session_expiry_idx on spring_session (expiry_time);
create index spring_session_principal_idx on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
