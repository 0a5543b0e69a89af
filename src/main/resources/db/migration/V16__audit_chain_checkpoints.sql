-- The audit log's chain moves out of the writers' transactions. Until now each writer linked its row to the one
-- before under a lock held until it committed, so every audited transaction waited for the one before it. Now a
-- writer only hashes its own row (content_hash) and Concord links the rows of committed transactions in the
-- background into audit_chain, in the order of their transaction ids once every earlier transaction has finished.
-- Signed checkpoints of that chain (audit_checkpoint) make a chain that someone with database rights recomputed,
-- cut or emptied visible: the key that signs them is not in the database.

create sequence audit_entry_id_seq owned by audit_entry.id;
select setval('audit_entry_id_seq', coalesce((select max(id) from audit_entry), 0) + 1, false);

alter table audit_entry
    alter column id set default nextval('audit_entry_id_seq'),
    -- rows written before this migration carry their link in these two columns; later rows in audit_chain
    alter column previous_hash drop not null,
    alter column hash drop not null,
    add column content_hash char(64),
    -- the writing transaction: rows are linked once every transaction with a lower id has finished
    add column txid xid8 not null default '0';
alter table audit_entry alter column txid set default pg_current_xact_id();
create index audit_entry_txid_idx on audit_entry (txid, id);

-- The chain: position 1, 2, 3 ... each naming one entry and linking it to the position before.
create table audit_chain (
    position      bigint      primary key,
    entry_id      bigint      not null unique references audit_entry (id),
    previous_hash char(64)    not null,
    hash          char(64)    not null,
    chained_at    timestamptz not null default clock_timestamp()
);

-- The rows written so far keep their links: position = id, the link hash their hash.
insert into audit_chain (position, entry_id, previous_hash, hash, chained_at)
select id, id, previous_hash, hash, occurred_at from audit_entry order by id;

-- The end of the chain is its last position now, and what proves it is the last signed checkpoint.
drop table audit_head;

-- Signed checkpoints: "the chain had this hash at this position", signed (Ed25519) by a key kept outside the database.
create table audit_checkpoint (
    position   bigint      primary key,   -- 0: the chain was empty when the key was made
    hash       char(64)    not null,
    signed_at  timestamptz not null,
    public_key text        not null,      -- base64 of the X.509 encoding of the key that signed
    signature  text        not null       -- base64 of the Ed25519 signature (see AuditCheckpoint.signedText)
);

create function audit_append_only_table() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger audit_chain_no_update before update or delete on audit_chain
    for each row execute function audit_append_only_table();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_append_only_table();
create trigger audit_checkpoint_no_update before update or delete on audit_checkpoint
    for each row execute function audit_append_only_table();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_append_only_table();

-- what Concord's requests may do with the new tables (V14, ApplicationPrivileges): add and read, never change
delete from application_privilege where relation = 'audit_head';
insert into application_privilege (relation, access) values ('audit_chain', 'append'), ('audit_checkpoint', 'append');
