-- Money counted once. In IATI the same money is often reported twice: a donor's activity reports a
-- disbursement (transaction type 3) to an implementer, and the implementer's activity reports it again as
-- incoming funds (type 1). These views link the two reports and say which figures totals count, so that every
-- page and API that adds money up (country pages, the map, donor and reform-area totals) counts it once.
-- Only published activities take part: drafts are neither counted nor linked.

-- An amount in US dollars at Concord's annual rate for the date's year, or the nearest year in the table
-- (the earlier one on a tie; the latest when there is no date), as ExchangeRates does in Java.
-- Null when the currency has no rate: totals leave such amounts out and say how many there were.
create function to_usd(amount numeric, currency varchar, d date) returns numeric
    language sql stable parallel safe as $$
    select round($1 * r.usd_per_unit, 2)
    from exchange_rate r
    where r.currency = $2
    order by abs(r.year - coalesce(extract(year from $3)::int, 9999)), r.year
    limit 1
$$;

-- The same rule for every currency and year from 1960 to 2060, for joins: to_usd called per row costs a query per
-- transaction. Years outside take the nearest of the two ends (2060 stands for "no date": the latest rate).
create view exchange_rate_by_year as
select distinct on (r.currency, y.year) r.currency, y.year, r.usd_per_unit
from exchange_rate r
cross join generate_series(1960, 2060) as y(year)
order by r.currency, y.year, abs(r.year - y.year), r.year;

create index activity_transaction_provider_ref_idx on activity_transaction (provider_ref) where type in ('1', '11');
create index activity_transaction_receiver_ref_idx on activity_transaction (receiver_ref) where type in ('2', '3');

-- Money one Concord activity passed to another: an outgoing commitment (2) or disbursement (3) of
-- from_activity (its row transaction_seq) received by to_activity.
--   rule 'activity-id': the disbursement names the receiving activity (receiver-org/@receiver-activity-id), or
--     names none and the receiving activity's incoming funds or commitment (1, 11) name the disbursing activity
--     (provider-org/@provider-activity-id) — while the disbursement, if it names a receiving organisation,
--     names that activity's reporting organisation;
--   rule 'organisation-id': neither side names an activity, the disbursement's receiver-org/@ref is the other
--     activity's reporting-org/@ref, that activity has incoming funds or commitments whose provider-org/@ref is
--     the disbursing activity's reporting-org/@ref, and the two share a recipient country (or one of them names
--     none). Used only when no activity-id link exists for the same transaction.
-- The organisation rule is a many-to-many match (a donor's disbursements to UNDP × UNDP's activities funded by
-- that donor); joining on the country as well keeps it tractable.
create view activity_funding_link as
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
    where o.receiver_activity_id is null and o.receiver_ref is not null and o.reporting_org_ref is not null
      and not exists (select 1 from by_activity b where b.from_activity = o.activity_id and b.transaction_seq = o.seq)
),
receiving as materialized (
    select distinct r.id, r.reporting_org_ref, i.provider_ref, coalesce(c.code, '') as code
    from activity_transaction i
    join activity r on r.id = i.activity_id
    left join activity_country c on c.activity_id = r.id
    where i.type in ('1', '11') and i.provider_ref is not null and i.provider_activity_id is null
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

create table funding_link_state (
    id    int     primary key check (id = 1),
    dirty boolean not null
);
insert into funding_link_state values (1, false);

-- Marks the snapshot stale. The row lock it takes (only when the flag changes) is held to the writer's commit, so
-- no refresh can clear the flag before the write is visible to it.
create function funding_links_changed() returns trigger language plpgsql as $$
begin
    update funding_link_state set dirty = true where id = 1 and not dirty;
    return null;
end;
$$;
create trigger activity_funding_links_changed after insert or update or delete or truncate on activity
    for each statement execute function funding_links_changed();
create trigger transaction_funding_links_changed after insert or update or delete or truncate on activity_transaction
    for each statement execute function funding_links_changed();
create trigger country_funding_links_changed after insert or update or delete or truncate on activity_country
    for each statement execute function funding_links_changed();

-- Refreshes the snapshot when it is stale; true when it did. Safe to call from several instances at once: while a
-- writer that has not committed yet (or another refresh) holds the flag, it does nothing rather than wait, and
-- the next call refreshes.
create function refresh_funding_links() returns boolean language plpgsql as $$
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
-- Incoming funds (1) and incoming commitments (11) are never spending and never counted.
create view activity_spending as
select t.activity_id,
       t.seq                                      as transaction_seq,
       t.type,
       coalesce(t.transaction_date, t.value_date) as transaction_date,
       t.amount,
       coalesce(t.currency, a.default_currency)   as currency,
       round(t.amount * rate.usd_per_unit, 2)     as amount_usd,
       not (t.type = '3' and exists (
           select 1 from funding_link_snapshot l
           where l.from_activity = t.activity_id and l.transaction_seq = t.seq
             and exists (select 1 from activity_transaction s
                         where s.activity_id = l.to_activity and s.type in ('3', '4')))) as counted
from activity_transaction t
join activity a on a.id = t.activity_id
left join exchange_rate_by_year rate
       on rate.currency = coalesce(t.currency, a.default_currency)
      and rate.year = greatest(1960, least(2060,
              coalesce(extract(year from coalesce(t.value_date, t.transaction_date))::int, 2060)))
where a.published and t.type in ('3', '4');

create view counted_spending as
select activity_id, transaction_seq, type, transaction_date, amount, currency, amount_usd
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

-- The part of an activity that goes to each recipient country: its percentage; countries given without one
-- share equally what the given percentages leave (all of it when none is given).
create view activity_country_share as
select c.activity_id,
       c.code,
       coalesce(c.percentage,
                greatest(0, 100 - coalesce(sum(c.percentage) over w, 0))
                    / nullif(count(*) filter (where c.percentage is null) over w, 0)) / 100 as share
from activity_country c
window w as (partition by c.activity_id);

-- The part of an activity that goes to each reform area: sectors mapped to a reform area, weighted by their
-- percentages (equal parts when any percentage is missing); sectors mapped to no area do not dilute the rest.
-- An activity with no mapped sector has one row with reform_area null.
create view activity_area_share as
with mapped as (
    select activity_id, reform_area, sum(percentage) as pct, bool_or(percentage is null) as missing
    from activity_sector
    where reform_area is not null
    group by activity_id, reform_area
),
totals as (
    select activity_id, sum(pct) as total, bool_or(missing) as any_missing, count(*) as n
    from mapped group by activity_id
)
select m.activity_id, m.reform_area,
       case when t.any_missing or coalesce(t.total, 0) = 0 then 1.0 / t.n else m.pct / t.total end as share
from mapped m
join totals t on t.activity_id = m.activity_id
union all
select a.id, null, 1.0
from activity a
where not exists (select 1 from activity_sector s where s.activity_id = a.id and s.reform_area is not null);

-- Who funds an activity: its first funding participant (role 1), else its reporting organisation.
create view activity_donor as
select a.id as activity_id,
       coalesce(p.ref, p.name, a.reporting_org_ref, a.reporting_org_name, a.iati_identifier) as donor_key,
       coalesce(p.name, p.ref, a.reporting_org_name, a.reporting_org_ref, a.iati_identifier) as donor_name,
       case when p.seq is null then a.reporting_organisation_id else p.organisation_id end as organisation_id
from activity a
left join lateral (
    select x.seq, x.ref, x.name, x.organisation_id from activity_participant x
    where x.activity_id = a.id and x.role = '1' and (x.ref is not null or x.name is not null)
    order by x.seq limit 1) p on true;

-- Who implements an activity: its implementing participants (role 4), else its reporting organisation; with
-- several implementers each holds an equal part, so that rows of a who-does-what table add up.
create view activity_implementer as
with named as (
    select x.activity_id, coalesce(x.ref, x.name) as implementer_key, min(x.name) as implementer_name,
           min(x.organisation_id) as organisation_id
    from activity_participant x
    where x.role = '4' and (x.ref is not null or x.name is not null)
    group by x.activity_id, coalesce(x.ref, x.name)
)
select n.activity_id, n.implementer_key, coalesce(n.implementer_name, n.implementer_key) as implementer_name,
       n.organisation_id, 1.0 / count(*) over (partition by n.activity_id) as share
from named n
union all
select a.id, coalesce(a.reporting_org_ref, a.reporting_org_name, a.iati_identifier),
       coalesce(a.reporting_org_name, a.reporting_org_ref, a.iati_identifier), a.reporting_organisation_id, 1.0
from activity a
where not exists (select 1 from named n where n.activity_id = a.id);
