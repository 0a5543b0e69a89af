-- The audit log: append-only, each row chained to the one before by SHA-256.
create table audit_entry (
    id            bigint       primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(100) not null,
    action        varchar(60)  not null,
    entity_type   varchar(60)  not null,
    entity_id     varchar(100) not null,
    changes       text         not null,  -- JSON with sorted keys, kept as written so the hash can be recomputed
    origin        varchar(500) not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor);

-- The chain's last link, so that rows removed from the end are noticed too.
create table audit_head (
    id        int      primary key check (id = 1),
    last_id   bigint   not null,
    last_hash char(64) not null
);

-- Concord only ever appends; an UPDATE or DELETE must come from outside (and verification finds it).
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
