-- Appending to the audit chain, in SQL, so that a writer appends its row in the same statement (and round trip)
-- as its write. AuditTrail (Java) calls it for every EntityChanged; bulk writers in SQL (the IATI importer) call it
-- directly. The hash is recomputed by AuditTrail.verify in Java, so the two must agree on the text hashed:
-- previous hash, id, time as java.time.Instant prints it (ISO-8601 UTC, fraction in groups of three digits),
-- actor, action, entity type, entity id, changes, origin, joined by newlines.

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
    v_at       timestamptz := date_trunc('microseconds', coalesce(p_at, clock_timestamp()));
    v_id       bigint;
    v_previous text;
    v_hash     text;
begin
    -- one order for the chain: the lock is held until the writer commits, so the head read next is the latest
    perform pg_advisory_xact_lock(18981343344947812);
    select last_id + 1, last_hash into v_id, v_previous from audit_head where id = 1;
    if not found then
        v_id := 1;
        v_previous := repeat('0', 64);
    end if;
    v_hash := encode(sha256(convert_to(concat_ws(E'\n', v_previous, v_id::text, audit_instant_text(v_at), p_actor,
                  p_action, p_entity_type, p_entity_id, p_changes, p_origin), 'UTF8')), 'hex');
    insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, changes, origin, previous_hash, hash)
    values (v_id, v_at, p_actor, p_action, p_entity_type, p_entity_id, p_changes, p_origin, v_previous, v_hash);
    update audit_head set last_id = v_id, last_hash = v_hash where id = 1;
    if not found then
        insert into audit_head (id, last_id, last_hash) values (1, v_id, v_hash);
    end if;
    return v_id;
end;
$$;
