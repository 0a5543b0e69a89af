-- Writing an activity in one statement (one round trip): the importer sends each activity as one JSON document
-- built by ActivityStore.prepare, with every repeated element as an array of rows; these functions spread it over
-- the activity tables. projects_import_activity is one imported activity, whole: the activity, its audit row
-- (audit_append, R__audit_append.sql), its warnings and its lane's count (import_lane), so that it runs as one
-- transaction per activity in autocommit, and a crash leaves either all of it or none.

-- Creates or replaces the activity p_doc describes; unchanged content (same hash) writes nothing.
create or replace function projects_save_activity(p_doc jsonb, p_source text, out o_id bigint, out o_outcome text)
language plpgsql as $$
declare
    v_hash     text := p_doc ->> 'hash';
    v_existing text;
begin
    select id, content_hash into o_id, v_existing from activity where iati_identifier = p_doc ->> 'identifier' for
        update;
    if found then
        if v_existing = v_hash then
            o_outcome := 'UNCHANGED';
            return;
        end if;
        delete from activity_title where activity_id = o_id;
        delete from activity_description where activity_id = o_id;
        delete from activity_date where activity_id = o_id;
        delete from activity_participant where activity_id = o_id;
        delete from activity_country where activity_id = o_id;
        delete from activity_region where activity_id = o_id;
        delete from activity_sector where activity_id = o_id;
        delete from activity_policy_marker where activity_id = o_id;
        delete from activity_location where activity_id = o_id;
        delete from activity_budget where activity_id = o_id;
        delete from activity_transaction where activity_id = o_id;
        delete from activity_document where activity_id = o_id;
        delete from activity_related where activity_id = o_id;
        delete from activity_result where activity_id = o_id;
        delete from activity_indicator where activity_id = o_id;
        delete from activity_indicator_period where activity_id = o_id;
        update activity a set (reporting_org_ref, reporting_org_type, reporting_org_name, reporting_organisation_id,
            default_currency, default_language, hierarchy, humanitarian, status, collaboration_type, default_flow_type,
            default_finance_type, default_aid_type, default_tied_status, activity_scope, last_updated, title,
            start_date, end_date, total_budget, budget_currency, total_budget_usd, extras,
                content_hash, source, search, updated_at, version) = (select r.reporting_org_ref,
                    r.reporting_org_type, r.reporting_org_name, r.reporting_organisation_id, r.default_currency,
                    r.default_language, r.hierarchy, r.humanitarian, r.status, r.collaboration_type,
                    r.default_flow_type, r.default_finance_type, r.default_aid_type, r.default_tied_status,
                    r.activity_scope, r.last_updated, r.title, r.start_date, r.end_date, r.total_budget,
                    r.budget_currency, r.total_budget_usd, r.extras,
                v_hash, p_source, setweight(to_tsvector('simple', coalesce(p_doc ->> 'search_title', '')), 'A')
                    || to_tsvector('simple', coalesce(p_doc ->> 'search_text', '')), now(), a.version + 1
            from jsonb_populate_record(null::activity, p_doc -> 'activity') r)
        where a.id = o_id;
        o_outcome := 'UPDATED';
    else
        insert into activity (iati_identifier, reporting_org_ref, reporting_org_type, reporting_org_name,
            reporting_organisation_id, default_currency, default_language, hierarchy, humanitarian, status,
            collaboration_type, default_flow_type, default_finance_type, default_aid_type, default_tied_status,
            activity_scope, last_updated, title, start_date, end_date, total_budget, budget_currency, total_budget_usd,
            extras, content_hash, source, search)
        select p_doc ->> 'identifier', r.reporting_org_ref, r.reporting_org_type, r.reporting_org_name,
            r.reporting_organisation_id, r.default_currency, r.default_language, r.hierarchy, r.humanitarian, r.status,
            r.collaboration_type, r.default_flow_type, r.default_finance_type, r.default_aid_type,
            r.default_tied_status, r.activity_scope, r.last_updated, r.title, r.start_date, r.end_date, r.total_budget,
            r.budget_currency, r.total_budget_usd, r.extras,
                v_hash, p_source, setweight(to_tsvector('simple', coalesce(p_doc ->> 'search_title', '')), 'A')
                    || to_tsvector('simple', coalesce(p_doc ->> 'search_text', ''))
        from jsonb_populate_record(null::activity, p_doc -> 'activity') r
        returning id into o_id;
        o_outcome := 'CREATED';
    end if;
    if p_doc ? 'titles' then
        insert into activity_title (activity_id, seq, lang, text)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'titles') as x(seq int, lang text, text text);
    end if;
    if p_doc ? 'descriptions' then
        insert into activity_description (activity_id, seq, type, lang, text)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'descriptions') as x(seq int, type text, lang text, text text);
    end if;
    if p_doc ? 'dates' then
        insert into activity_date (activity_id, seq, type, iso_date)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'dates') as x(seq int, type text, iso_date date);
    end if;
    if p_doc ? 'participants' then
        insert into activity_participant (activity_id, seq, role, ref, type, activity_ref, crs_channel_code, name,
            name_lang, organisation_id, org_key)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'participants') as x(seq int, role text, ref text, type text,
            activity_ref text, crs_channel_code text, name text, name_lang text, organisation_id bigint, org_key text);
    end if;
    if p_doc ? 'countries' then
        insert into activity_country (activity_id, seq, code, percentage, from_transactions)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'countries') as x(seq int, code text, percentage numeric,
            from_transactions boolean);
    end if;
    if p_doc ? 'regions' then
        insert into activity_region (activity_id, seq, vocabulary, code, percentage, from_transactions)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'regions') as x(seq int, vocabulary text, code text, percentage
            numeric, from_transactions boolean);
    end if;
    if p_doc ? 'sectors' then
        insert into activity_sector (activity_id, seq, vocabulary, code, percentage, name, reform_area, from_transactions)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'sectors') as x(seq int, vocabulary text, code text, percentage
            numeric, name text, reform_area text, from_transactions boolean);
    end if;
    if p_doc ? 'policy_markers' then
        insert into activity_policy_marker (activity_id, seq, vocabulary, code, significance)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'policy_markers') as x(seq int, vocabulary text, code text,
            significance text);
    end if;
    if p_doc ? 'locations' then
        insert into activity_location (activity_id, seq, ref, name, description, latitude, longitude)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'locations') as x(seq int, ref text, name text, description text,
            latitude numeric, longitude numeric);
    end if;
    if p_doc ? 'budgets' then
        insert into activity_budget (activity_id, seq, type, status, period_start, period_end, amount, currency,
            value_date)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'budgets') as x(seq int, type text, status text, period_start
            date, period_end date, amount numeric, currency text, value_date date);
    end if;
    if p_doc ? 'transactions' then
        insert into activity_transaction (activity_id, seq, ref, type, transaction_date, amount, currency,
            value_date, description, provider_ref, provider_activity_id, provider_name, receiver_ref,
            receiver_activity_id, receiver_name, humanitarian, provider_type, receiver_type, disbursement_channel,
            sectors, recipient_country, recipient_region, recipient_region_vocabulary, flow_type, finance_type,
            aid_types, tied_status, extras)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'transactions') as x(seq int, ref text, type text, transaction_date
            date, amount numeric, currency text, value_date date, description text, provider_ref text,
            provider_activity_id text, provider_name text, receiver_ref text, receiver_activity_id text, receiver_name
            text, humanitarian boolean, provider_type text, receiver_type text, disbursement_channel text, sectors jsonb,
            recipient_country text, recipient_region text, recipient_region_vocabulary text, flow_type text,
            finance_type text, aid_types jsonb, tied_status text, extras jsonb);
    end if;
    if p_doc ? 'documents' then
        insert into activity_document (activity_id, seq, url, format, title, category, language, document_date)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'documents') as x(seq int, url text, format text, title text,
            category text, language text, document_date date);
    end if;
    if p_doc ? 'related_activities' then
        insert into activity_related (activity_id, seq, type, ref)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'related_activities') as x(seq int, type text, ref text);
    end if;
    if p_doc ? 'results' then
        insert into activity_result (activity_id, seq, type, aggregation_status, title, description)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'results') as x(seq int, type text, aggregation_status boolean,
            title text, description text);
    end if;
    if p_doc ? 'indicators' then
        insert into activity_indicator (activity_id, result_seq, seq, measure, ascending, title, description,
            baseline_year, baseline_date, baseline_value, baseline_comment)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'indicators') as x(result_seq int, seq int, measure text, ascending
            boolean, title text, description text, baseline_year int, baseline_date date, baseline_value text,
            baseline_comment text);
    end if;
    if p_doc ? 'indicator_periods' then
        insert into activity_indicator_period (activity_id, result_seq, indicator_seq, seq, period_start,
            period_end, target_value, actual_value)
        select o_id, x.* from jsonb_to_recordset(p_doc -> 'indicator_periods') as x(result_seq int, indicator_seq int, seq int,
            period_start date, period_end date, target_value text, actual_value text);
    end if;
end;
$$;

-- One activity of import job p_job, at p_position in its file, written by lane p_lane, in one transaction: p_doc
-- null when the activity was rejected; p_problems the rejections or warnings to report
-- ([{identifier, kind, element, key, arguments}]: the rule's key and arguments, IatiRule; or rule, its text).
create or replace function projects_import_activity(p_job bigint, p_lane int, p_position int, p_doc jsonb, p_problems jsonb,
                                         p_actor text, p_origin text, out o_id bigint, out o_outcome text)
language plpgsql as $$
declare
    v_source text;
begin
    if p_doc is not null then
        -- an activity entered by hand is its coordinators' record: a file with the same identifier does not replace it
        select source into v_source from activity where iati_identifier = p_doc ->> 'identifier' for update;
        if v_source = 'manual' then
            p_problems := jsonb_build_array(jsonb_build_object('identifier', p_doc ->> 'identifier',
                'kind', 'REJECTED', 'element', 'iati-activity[' || p_position || ']/iati-identifier',
                'key', 'entered-by-hand', 'arguments', '[]'::jsonb));
            p_doc := null;
        end if;
    end if;
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
        rejected = rejected + (o_outcome = 'REJECTED')::int,
        kept = kept + coalesce((p_doc ->> 'kept')::int, 0)
    where job_id = p_job and lane = p_lane;
end;
$$;
