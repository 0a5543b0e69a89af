-- Overlap candidates are derived data, rewritten by every detection run: hundreds of thousands of rows at once on
-- a large portfolio, where checking two foreign keys per row cost a third of the run. The keys stay declared but
-- NOT ENFORCED: the detector only writes pairs of activities it has just read (its upsert joins activity), and a
-- removed activity takes its candidates with it through this trigger, as the cascade did. Coordinators'
-- decisions keep their enforced foreign keys.
alter table overlap_candidate alter constraint overlap_candidate_activity_a_fkey not enforced;
alter table overlap_candidate alter constraint overlap_candidate_activity_b_fkey not enforced;

create function overlap_candidates_of_removed_activities() returns trigger language plpgsql as $$
begin
    delete from overlap_candidate where activity_a in (select id from removed);
    delete from overlap_candidate where activity_b in (select id from removed);
    return null;
end;
$$;
create trigger activity_removed_overlap_candidates after delete on activity
    referencing old table as removed for each statement execute function overlap_candidates_of_removed_activities();
