-- Numbers that move whenever what public pages show changes, so that an instance may keep the pages and figures it
-- computed and know at the cost of one small query whether they are still current, whichever instance wrote
-- (org.concord.shared.cache.DataVersion). Sequences, because nextval takes no row lock: writers never wait on each
-- other for them. One step per statement, not per row.
--
-- A sequence moves when the writing statement runs, before the write commits; a reader that computed in between
-- would keep the old figures under the new number. So every writer also holds a shared advisory lock to the end of
-- its transaction (writers do not block each other), and a reader keeps what it computed only when it could take the
-- same lock exclusively at once just before computing, that is when no write was in flight (it never waits for it).
-- The locks use the two-key form, whose key space is apart from the one-key locks imports and overlap detection take:
-- (1131376227, 1) for projects, (1131376227, 2) for organisations.

-- projects: activity_list_version (V8) now moves on everything the activity list, the country pages and the map
-- show: activities (every write of an activity's rows writes the activity row too), their sectors, reform areas and
-- their DAC mappings, exchange rates and national priorities
create or replace function projects_activity_list_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(1131376227, 1);
    perform nextval('activity_list_version');
    return null;
end
$$;

create trigger reform_area_list_changed
    after insert or update or delete or truncate on reform_area
    for each statement execute function projects_activity_list_changed();
create trigger reform_area_sector_list_changed
    after insert or update or delete or truncate on reform_area_sector
    for each statement execute function projects_activity_list_changed();
create trigger exchange_rate_list_changed
    after insert or update or delete or truncate on exchange_rate
    for each statement execute function projects_activity_list_changed();
create trigger country_priority_list_changed
    after insert or update or delete or truncate on country_priority
    for each statement execute function projects_activity_list_changed();

-- organisations: the directory (organisations, their names, countries and SSR roles)
create sequence organisation_directory_version;

create function organisations_directory_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(1131376227, 2);
    perform nextval('organisation_directory_version');
    return null;
end
$$;

create trigger organisation_directory_changed
    after insert or update or delete or truncate on organisation
    for each statement execute function organisations_directory_changed();
create trigger organisation_name_directory_changed
    after insert or update or delete or truncate on organisation_name
    for each statement execute function organisations_directory_changed();
create trigger organisation_country_directory_changed
    after insert or update or delete or truncate on organisation_country
    for each statement execute function organisations_directory_changed();
create trigger organisation_ssr_role_directory_changed
    after insert or update or delete or truncate on organisation_ssr_role
    for each statement execute function organisations_directory_changed();
