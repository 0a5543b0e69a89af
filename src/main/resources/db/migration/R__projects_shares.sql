-- The parts of an activity that go to each recipient country, reform area and implementer, and who funds it: what
-- country pages and the map add up. Each activity's shares come from that activity's rows alone (a lateral subquery
-- under a plain join), so that PostgreSQL reads only the activities a page asks for, through their indexes.

-- The part of an activity that goes to each recipient country: its percentage; countries given without one
-- share equally what the given percentages leave (all of it when none is given).
create or replace view activity_country_share as
select c.activity_id,
       c.code,
       coalesce(c.percentage, greatest(0, 100 - coalesce(t.given, 0)) / nullif(t.missing, 0)) / 100 as share
from activity_country c
cross join lateral (
    select sum(x.percentage) as given, count(*) filter (where x.percentage is null) as missing
    from activity_country x where x.activity_id = c.activity_id) t;

-- The part of an activity that goes to each reform area: sectors mapped to a reform area, weighted by their
-- percentages (equal parts when any percentage is missing); sectors mapped to no area do not dilute the rest.
-- An activity with no mapped sector has one row with reform_area null.
create or replace view activity_area_share as
select a.id as activity_id, x.reform_area, x.share
from activity a
cross join lateral (
    select m.reform_area,
           case when bool_or(m.missing) over () or coalesce(sum(m.pct) over (), 0) = 0 then 1.0 / count(*) over ()
                else m.pct / sum(m.pct) over () end as share
    from (select s.reform_area, sum(s.percentage) as pct, bool_or(s.percentage is null) as missing
          from activity_sector s
          where s.activity_id = a.id and s.reform_area is not null
          group by s.reform_area) m
    union all
    select null::text, 1.0
    where not exists (select 1 from activity_sector s where s.activity_id = a.id and s.reform_area is not null)) x;

-- Who funds an activity: its first funding participant (role 1), else its reporting organisation. A participant is
-- told apart by org_key (its usable IATI identifier, else its name within the publisher: OrganisationIdentifiers).
create or replace view activity_donor as
select a.id as activity_id,
       coalesce(p.org_key, p.ref, p.name, a.reporting_org_ref, a.reporting_org_name, a.iati_identifier) as donor_key,
       coalesce(p.name, p.ref, a.reporting_org_name, a.reporting_org_ref, a.iati_identifier) as donor_name,
       case when p.seq is null then a.reporting_organisation_id else p.organisation_id end as organisation_id
from activity a
left join lateral (
    select x.seq, x.ref, x.name, x.organisation_id, x.org_key from activity_participant x
    where x.activity_id = a.id and x.role = '1' and (x.ref is not null or x.name is not null)
    order by x.seq limit 1) p on true;

-- Who implements an activity: its implementing participants (role 4, told apart by org_key), else its reporting
-- organisation; with several implementers each holds an equal part, so that rows of a who-does-what table add up.
create or replace view activity_implementer as
select a.id as activity_id, x.implementer_key, x.implementer_name, x.organisation_id, x.share
from activity a
cross join lateral (
    select n.implementer_key, coalesce(n.implementer_name, n.implementer_key) as implementer_name,
           n.organisation_id, 1.0 / count(*) over () as share
    from (select coalesce(p.org_key, p.ref, p.name) as implementer_key, min(p.name) as implementer_name,
                 min(p.organisation_id) as organisation_id
          from activity_participant p
          where p.activity_id = a.id and p.role = '4' and (p.ref is not null or p.name is not null)
          group by coalesce(p.org_key, p.ref, p.name)) n
    union all
    select coalesce(a.reporting_org_ref, a.reporting_org_name, a.iati_identifier),
           coalesce(a.reporting_org_name, a.reporting_org_ref, a.iati_identifier), a.reporting_organisation_id, 1.0
    where not exists (select 1 from activity_participant p
                      where p.activity_id = a.id and p.role = '4' and (p.ref is not null or p.name is not null))) x;

-- The same country shares computed for every activity in one pass: quicker for figures over all
-- countries at once (the map) than each activity on its own. CountryShareViewsTest holds the two to one rule.
create or replace view activity_country_share_all as
select c.activity_id,
       c.code,
       coalesce(c.percentage,
                greatest(0, 100 - coalesce(sum(c.percentage) over w, 0))
                    / nullif(count(*) filter (where c.percentage is null) over w, 0)) / 100 as share
from activity_country c
window w as (partition by c.activity_id);

-- The part of an activity that goes to each recipient region of the OECD DAC vocabulary (1, the default): its
-- percentage; regions given without one share what the given percentages of countries and regions leave, unless
-- countries without a percentage take that already (activity_country_share gives it them). An activity given only
-- regions (998 developing countries unspecified, 289 South of Sahara...) is all in them: regional and global support.
create or replace view activity_region_share as
select r.activity_id,
       r.code,
       coalesce(r.percentage,
                case when c.missing = 0
                     then greatest(0, 100 - coalesce(c.given, 0) - coalesce(g.given, 0)) / nullif(g.missing, 0) end,
                0) / 100 as share
from activity_region r
cross join lateral (
    select sum(x.percentage) as given, count(*) filter (where x.percentage is null) as missing
    from activity_region x where x.activity_id = r.activity_id and coalesce(x.vocabulary, '1') = '1') g
cross join lateral (
    select sum(x.percentage) as given, count(*) filter (where x.percentage is null) as missing
    from activity_country x where x.activity_id = r.activity_id) c
where coalesce(r.vocabulary, '1') = '1';

-- What a negative budget takes from an activity's total budget, in US dollars: its budgets below zero of those the
-- total counts (revised ones where the publisher gives any, else original ones: BudgetTotals). Totals show it beside
-- themselves, since a negative budget is counted as the file states and a reader should question it.
create or replace view activity_negative_budget as
select b.activity_id, sum(to_usd(b.amount, coalesce(b.currency, a.default_currency),
                                 coalesce(b.value_date, b.period_start))) as usd
from activity_budget b
join activity a on a.id = b.activity_id
where b.amount < 0
  and (b.type = '2') = exists (select 1 from activity_budget r where r.activity_id = b.activity_id and r.type = '2')
group by b.activity_id;
