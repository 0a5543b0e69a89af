-- An import's rejections and warnings are stored as the rule's key and its arguments (IatiRule), so that the report
-- shows them in the reader's language; rows written before keep their English text in rule, which new rows leave
-- null (the key says it in every language).
alter table import_rejection
    add column rule_key       text,
    add column rule_arguments jsonb not null default '[]',
    alter column rule drop not null,
    add constraint import_rejection_rule_or_key check (rule is not null or rule_key is not null);

-- As in V10_1, but p_problems is [{identifier, kind, element, key, arguments}] (rule, the text, still read for
-- callers that send one).
create or replace function projects_import_activity(p_job bigint, p_lane int, p_position int, p_doc jsonb, p_problems jsonb,
                                                    p_actor text, p_origin text, out o_id bigint, out o_outcome text)
language plpgsql as $$
begin
    if p_doc is null then
        o_outcome := 'REJECTED';
    else
        select s.o_id, s.o_outcome into o_id, o_outcome from projects_save_activity(p_doc, 'import') s;
        if o_outcome <> 'UNCHANGED' then
            perform audit_append(null, p_actor, case o_outcome when 'CREATED' then 'imported' else 'updated-by-import' end,
                'activity', o_id::text, jsonb_build_object(
                    'contentHash', jsonb_build_object('after', p_doc ->> 'hash', 'before', null),
                    'iatiIdentifier', jsonb_build_object('after', p_doc ->> 'identifier', 'before', null),
                    'importJob', jsonb_build_object('after', p_job, 'before', null))::text, p_origin);
        end if;
    end if;
    if jsonb_array_length(p_problems) > 0 then
        insert into import_rejection (job_id, iati_identifier, position, kind, element, rule, rule_key, rule_arguments)
        select p_job, x.identifier, p_position, x.kind, left(x.element, 300), x.rule, x.key, coalesce(x.arguments, '[]')
        from jsonb_to_recordset(p_problems) as x(identifier text, kind text, element text, rule text, key text,
                                                 arguments jsonb);
    end if;
    update import_lane set last_position = p_position, processed = processed + 1,
        created = created + (o_outcome = 'CREATED')::int,
        updated = updated + (o_outcome = 'UPDATED')::int,
        unchanged = unchanged + (o_outcome = 'UNCHANGED')::int,
        rejected = rejected + (o_outcome = 'REJECTED')::int
    where job_id = p_job and lane = p_lane;
end;
$$;
