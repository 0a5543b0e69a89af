-- The activity list filters and counts by joining activity to its countries, sectors and participants. For a broad
-- filter (a reform area with a third of all activities) reading the wide activity rows for status, publication and
-- budget (and dates, the default order) was most of the time; this narrow index in id order lets PostgreSQL merge it with the covering indexes
-- of those tables without touching the rows. The index on status alone (a handful of values) served no query.
create index activity_facts_idx on activity (id) include (status, published, total_budget_usd, start_date, end_date);
drop index activity_status_idx;

-- Every write of an activity's transactions or countries goes through projects_save_activity (V10_1), which writes
-- the activity row too, so the trigger on activity alone marks the funding links stale; the two on its rows fired
-- once more per imported activity for nothing.
drop trigger transaction_funding_links_changed on activity_transaction;
drop trigger country_funding_links_changed on activity_country;
