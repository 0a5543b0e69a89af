-- Most transactions name no provider or receiver activity: indexing the nulls cost two index entries per
-- transaction on every import for lookups that only ever ask for a given identifier (the funding links join on
-- them, which implies "not null", so the planner uses these partial indexes just the same).
drop index activity_transaction_provider_idx;
drop index activity_transaction_receiver_idx;
create index activity_transaction_provider_idx on activity_transaction (provider_activity_id)
    where provider_activity_id is not null;
create index activity_transaction_receiver_idx on activity_transaction (receiver_activity_id)
    where receiver_activity_id is not null;
