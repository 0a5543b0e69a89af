-- An activity's rows (titles, participants, countries, sectors, budgets, transactions, results...) keep their
-- foreign keys to activity, declared but NOT ENFORCED: an import writes tens of them per activity, and checking
-- each against activity cost a fifth of the database's time per imported activity. Only projects_save_activity
-- (V10_1) writes these rows, always with the id of the activity row it has just inserted or locked in the same
-- statement, so the check could never fail; the cascade on delete, which a not-enforced key no longer performs,
-- is done by the trigger below.
alter table activity_title alter constraint activity_title_activity_id_fkey not enforced;
alter table activity_description alter constraint activity_description_activity_id_fkey not enforced;
alter table activity_date alter constraint activity_date_activity_id_fkey not enforced;
alter table activity_participant alter constraint activity_participant_activity_id_fkey not enforced;
alter table activity_country alter constraint activity_country_activity_id_fkey not enforced;
alter table activity_region alter constraint activity_region_activity_id_fkey not enforced;
alter table activity_sector alter constraint activity_sector_activity_id_fkey not enforced;
alter table activity_policy_marker alter constraint activity_policy_marker_activity_id_fkey not enforced;
alter table activity_location alter constraint activity_location_activity_id_fkey not enforced;
alter table activity_budget alter constraint activity_budget_activity_id_fkey not enforced;
alter table activity_transaction alter constraint activity_transaction_activity_id_fkey not enforced;
alter table activity_document alter constraint activity_document_activity_id_fkey not enforced;
alter table activity_related alter constraint activity_related_activity_id_fkey not enforced;
alter table activity_result alter constraint activity_result_activity_id_fkey not enforced;
alter table activity_indicator alter constraint activity_indicator_activity_id_fkey not enforced;
alter table activity_indicator_period alter constraint activity_indicator_period_activity_id_fkey not enforced;

create function activity_rows_of_removed_activities() returns trigger language plpgsql as $$
begin
    delete from activity_title where activity_id in (select id from removed);
    delete from activity_description where activity_id in (select id from removed);
    delete from activity_date where activity_id in (select id from removed);
    delete from activity_participant where activity_id in (select id from removed);
    delete from activity_country where activity_id in (select id from removed);
    delete from activity_region where activity_id in (select id from removed);
    delete from activity_sector where activity_id in (select id from removed);
    delete from activity_policy_marker where activity_id in (select id from removed);
    delete from activity_location where activity_id in (select id from removed);
    delete from activity_budget where activity_id in (select id from removed);
    delete from activity_transaction where activity_id in (select id from removed);
    delete from activity_document where activity_id in (select id from removed);
    delete from activity_related where activity_id in (select id from removed);
    delete from activity_result where activity_id in (select id from removed);
    delete from activity_indicator where activity_id in (select id from removed);
    delete from activity_indicator_period where activity_id in (select id from removed);
    return null;
end;
$$;
create trigger activity_removed_rows after delete on activity
    referencing old table as removed for each statement execute function activity_rows_of_removed_activities();
