-- Appending to the audit log, in SQL, so that a writer appends its row in the same statement (and round trip)
-- as its write. AuditTrail (Java) calls it for every EntityChanged; bulk writers in SQL (the IATI importer) call it
-- directly. A writer takes no lock: it hashes its own row (content_hash) and the chainer (audit_chain_extend, run by
-- AuditChainer in the background) links committed rows into audit_chain. AuditEntry (Java) recomputes both hashes
-- when it verifies, so the two must agree on the text hashed:
--   content hash: id, time as java.time.Instant prints it (ISO-8601 UTC, fraction in groups of three digits), actor,
--                 action, entity type, entity id, changes, origin, joined by newlines;
--   link hash:    previous link hash, position, content hash, joined by newlines.
-- Rows written before V14 were linked by their writer; their link hash is the old one: previous hash, id, time, actor,
-- action, entity type, entity id, changes, origin.

create or replace function audit_instant_text(p_at timestamptz) returns text language sql stable as $$
    select to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || case
               when us = 0 then ''
               when us % 1000 = 0 then '.' || lpad((us / 1000)::text, 3, '0')
               else '.' || lpad(us::text, 6, '0')
           end
        || 'Z'
    from (select (extract(microseconds from p_at)::bigint % 1000000)::int as us) f
$$;

-- p_at: when it happened (null: now); returns the new row's id.
create or replace function audit_append(p_at timestamptz, p_actor text, p_action text, p_entity_type text, p_entity_id text,
                             p_changes text, p_origin text) returns bigint
language plpgsql as $$
declare
    v_at timestamptz := date_trunc('microseconds', coalesce(p_at, clock_timestamp()));
    v_id bigint := nextval('audit_entry_id_seq');
begin
    insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, changes, origin, content_hash)
    values (v_id, v_at, p_actor, p_action, p_entity_type, p_entity_id, p_changes, p_origin,
            encode(sha256(convert_to(concat_ws(E'\n', v_id::text, audit_instant_text(v_at), p_actor, p_action,
                p_entity_type, p_entity_id, p_changes, p_origin), 'UTF8')), 'hex'));
    return v_id;
end;
$$;

-- Links up to p_limit rows whose transactions have finished to the end of the chain; returns how many it linked.
-- Every transaction with an id below the snapshot's xmin has committed or rolled back, so no row can appear later
-- below that horizon: the chain only ever grows at its end, in (transaction id, row id) order. The caller holds the
-- chain's lock (one chainer at a time, across instances).
create or replace function audit_chain_extend(p_limit integer) returns integer
language plpgsql as $$
declare
    v_horizon  xid8 := pg_snapshot_xmin(pg_current_snapshot());
    v_position bigint;
    v_hash     text;
    v_txid     xid8;
    v_entry    bigint;
    v_previous text;
    v_count    integer := 0;
    r          record;
begin
    select c.position, c.hash, e.txid, c.entry_id into v_position, v_hash, v_txid, v_entry
    from audit_chain c join audit_entry e on e.id = c.entry_id
    order by c.position desc limit 1;
    if not found then
        v_position := 0;
        v_hash := repeat('0', 64);
        v_txid := '0';
        v_entry := 0;
    end if;
    for r in select id, content_hash from audit_entry
             where (txid, id) > (v_txid, v_entry) and txid < v_horizon
             order by txid, id limit p_limit loop
        v_previous := v_hash;
        v_position := v_position + 1;
        v_hash := encode(sha256(convert_to(concat_ws(E'\n', v_previous, v_position::text, r.content_hash), 'UTF8')), 'hex');
        insert into audit_chain (position, entry_id, previous_hash, hash) values (v_position, r.id, v_previous, v_hash);
        v_count := v_count + 1;
    end loop;
    return v_count;
end;
$$;
