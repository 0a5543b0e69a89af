-- A number that moves whenever activities, or the reform areas of their sectors, change: an instance that keeps the
-- activity list's counts per filter value in memory compares it before using them, so that a write on any instance
-- is counted at once on every other. A sequence, because nextval takes no row lock: the import's writers never
-- wait on each other for it. One step per statement, not per row.
create sequence activity_list_version;

create function projects_activity_list_changed() returns trigger
    language plpgsql as
$$
begin
    perform nextval('activity_list_version');
    return null;
end
$$;

create trigger activity_list_changed
    after insert or update or delete or truncate on activity
    for each statement execute function projects_activity_list_changed();

create trigger activity_sector_list_changed
    after insert or update or delete or truncate on activity_sector
    for each statement execute function projects_activity_list_changed();
