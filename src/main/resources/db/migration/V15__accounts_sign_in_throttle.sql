-- Sign-in throttling, shared by every instance. One row per attempted username and source address ('account'), and
-- one per source address whatever the username ('address'; username ''). An attempt is reserved here, in one atomic
-- statement, before its password is checked; see SignInThrottle for the limits. Attempted usernames need not exist.
create table sign_in_throttle (
    scope         varchar(10)  not null,
    username      varchar(200) not null,
    address       varchar(64)  not null,
    attempts      int          not null,
    window_start  timestamptz  not null,
    blocked_until timestamptz,
    primary key (scope, username, address),
    constraint sign_in_throttle_scope check (scope in ('account', 'address')),
    constraint sign_in_throttle_address_scope check (scope = 'account' or username = '')
);

-- the counts per account lived on the account itself, keyed by username alone: anyone could lock anyone out
alter table account drop column failed_attempts, drop column locked_until;

-- what Concord's requests may do with the new table (V14, ApplicationPrivileges)
insert into application_privilege (relation, access) values ('sign_in_throttle', 'write');
