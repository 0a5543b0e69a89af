-- Money counted once. In IATI the same money is often reported twice: a donor's activity reports a
-- disbursement (transaction type 3) to an implementer, and the implementer's activity reports it again as
-- incoming funds (type 1). These views link the two reports and say which figures totals count, so that every
-- page and API that adds money up (country pages, the map, donor and reform-area totals) counts it once.
-- Only published activities take part: drafts are neither counted nor linked.

-- Replaced whole when this file changes: the snapshot cannot be replaced in place, so it and the views that read it
-- are dropped and made again (the snapshot holds derived data only; it is computed again here). Dropped without
-- cascade, so that a view of another file reading them stops this file instead of vanishing silently.
drop view if exists counted_budget, activity_budget_count, counted_spending, activity_spending;
drop materialized view if exists funding_link_snapshot;

-- Money one Concord activity passed to another: an outgoing commitment (2) or disbursement (3) of
-- from_activity (its row transaction_seq) received by to_activity.
--   rule 'activity-id': the disbursement names the receiving activity (receiver-org/@receiver-activity-id), or
--     names none and the receiving activity's incoming funds or commitment (1, 11) name the disbursing activity
--     (provider-org/@provider-activity-id) — while the disbursement, if it names a receiving organisation,
--     names that activity's reporting organisation;
--   rule 'organisation-id': neither side names an activity, both name organisations by a usable identifier (a
--     registration agency's prefix: a placeholder such as N/A identifies nobody, OrganisationIdentifiers), the disbursement's receiver-org/@ref is the other
--     activity's reporting-org/@ref, that activity has incoming funds or commitments whose provider-org/@ref is
--     the disbursing activity's reporting-org/@ref, and the two share a recipient country (or one of them names
--     none). Used only when no activity-id link exists for the same transaction.
-- The organisation rule is a many-to-many match (a donor's disbursements to UNDP × UNDP's activities funded by
-- that donor); joining on the country as well keeps it tractable.
create or replace view activity_funding_link as
with outgoing as materialized (
    select t.activity_id, t.seq, t.receiver_activity_id, t.receiver_ref, a.iati_identifier, a.reporting_org_ref
    from activity_transaction t
    join activity a on a.id = t.activity_id
    where t.type in ('2', '3') and a.published
),
by_activity as materialized (
    select o.activity_id as from_activity, o.seq as transaction_seq, r.id as to_activity
    from outgoing o
    join activity r on r.iati_identifier = o.receiver_activity_id
    where r.published and r.id <> o.activity_id
    union
    select o.activity_id, o.seq, r.id
    from activity_transaction i
    join activity f on f.iati_identifier = i.provider_activity_id
    join outgoing o on o.activity_id = f.id and o.receiver_activity_id is null
    join activity r on r.id = i.activity_id
    where i.type in ('1', '11') and r.published and r.id <> o.activity_id
      and (o.receiver_ref is null or o.receiver_ref = r.reporting_org_ref)
),
giving as materialized (
    select o.activity_id, o.seq, o.reporting_org_ref, o.receiver_ref, coalesce(c.code, '') as code
    from outgoing o
    left join activity_country c on c.activity_id = o.activity_id
    where o.receiver_activity_id is null and o.receiver_ref ~ '^[A-Za-z]{2}-[A-Za-z0-9]'
      and o.reporting_org_ref is not null
      and not exists (select 1 from by_activity b where b.from_activity = o.activity_id and b.transaction_seq = o.seq)
),
receiving as materialized (
    select distinct r.id, r.reporting_org_ref, i.provider_ref, coalesce(c.code, '') as code
    from activity_transaction i
    join activity r on r.id = i.activity_id
    left join activity_country c on c.activity_id = r.id
    where i.type in ('1', '11') and i.provider_ref ~ '^[A-Za-z]{2}-[A-Za-z0-9]' and i.provider_activity_id is null
      and r.published and r.reporting_org_ref is not null
),
by_organisation as (
    select g.activity_id as from_activity, g.seq as transaction_seq, v.id as to_activity
    from giving g join receiving v
      on v.reporting_org_ref = g.receiver_ref and v.provider_ref = g.reporting_org_ref and v.code = g.code
    union
    select g.activity_id, g.seq, v.id
    from giving g join receiving v on v.reporting_org_ref = g.receiver_ref and v.provider_ref = g.reporting_org_ref
    where g.code = '' or v.code = ''
)
select from_activity, transaction_seq, to_activity, 'activity-id'::varchar(20) as rule from by_activity
union all
select from_activity, transaction_seq, to_activity, 'organisation-id'::varchar(20) from by_organisation
where to_activity <> from_activity;

-- The links as totals read them: a snapshot of activity_funding_link, refreshed by refresh_funding_links() when
-- an activity, transaction or recipient country changed since (FundingFlows calls it before reading), so that a
-- page does not recompute every link of every activity several times over.
create materialized view funding_link_snapshot as
select from_activity, transaction_seq, to_activity, rule from activity_funding_link;
create unique index funding_link_snapshot_key on funding_link_snapshot (from_activity, transaction_seq, to_activity);
create index funding_link_snapshot_to_idx on funding_link_snapshot (to_activity);

-- Refreshes the snapshot when it is stale; true when it did. Safe to call from several instances at once: while a
-- writer that has not committed yet (or another refresh) holds the flag, it does nothing rather than wait, and
-- the next call refreshes.
create or replace function refresh_funding_links() returns boolean language plpgsql as $$
begin
    perform 1 from funding_link_state where id = 1 and dirty for update skip locked;
    if not found then
        return false;
    end if;
    update funding_link_state set dirty = false where id = 1;
    refresh materialized view concurrently funding_link_snapshot;
    return true;
end;
$$;

-- Every disbursement (3) and expenditure (4) of a published activity, in US dollars, and whether totals count
-- it. Spending is counted where it is last reported: a disbursement that went to another Concord activity
-- which reports spending of its own (3 or 4) is left out, since that activity's spending holds the money.
-- Incoming funds (1) and incoming commitments (11) are never spending and never counted. recipient_country is the
-- transaction's own, when it names one: a country's figures take that instead of the activity's country shares.
create view activity_spending as
select t.activity_id,
       t.seq                                      as transaction_seq,
       t.type,
       coalesce(t.transaction_date, t.value_date) as transaction_date,
       t.amount,
       coalesce(t.currency, a.default_currency)   as currency,
       round(t.amount * rate.usd_per_unit, 2)     as amount_usd,
       t.recipient_country,
       not (t.type = '3' and exists (
           select 1 from funding_link_snapshot l
           where l.from_activity = t.activity_id and l.transaction_seq = t.seq
             and exists (select 1 from activity_transaction s
                         where s.activity_id = l.to_activity and s.type in ('3', '4')))) as counted
from activity_transaction t
join activity a on a.id = t.activity_id
left join exchange_rate_by_year rate
       on rate.currency = coalesce(t.currency, a.default_currency)
      and rate.year = greatest(1960, least(2100,
              coalesce(extract(year from coalesce(t.value_date, t.transaction_date))::int, 2100)))
where a.published and t.type in ('3', '4');

create view counted_spending as
select activity_id, transaction_seq, type, transaction_date, amount, currency, amount_usd, recipient_country
from activity_spending where counted;

-- Every published activity's total budget in US dollars (activity.total_budget_usd), and whether totals count
-- it. Budgets are counted at the first hop: an activity funded by another Concord activity (the to_activity of
-- a link from an activity that has a budget) is left out, since its funder's budget already holds the money.
create view activity_budget_count as
select a.id as activity_id,
       a.total_budget_usd,
       not exists (select 1 from funding_link_snapshot l
                   join activity f on f.id = l.from_activity
                   where l.to_activity = a.id and f.total_budget_usd is not null) as counted
from activity a
where a.published;

create view counted_budget as
select activity_id, total_budget_usd from activity_budget_count where counted;
