-- Converting amounts to US dollars at Concord's annual rates (exchange_rate), in SQL, by the rule ExchangeRates
-- applies in Java.

-- An amount in US dollars at Concord's annual rate for the date's year, or the nearest year in the table
-- (the earlier one on a tie; the latest when there is no date), as ExchangeRates does in Java.
-- Null when the currency has no rate: totals leave such amounts out and say how many there were.
create or replace function to_usd(amount numeric, currency varchar, d date) returns numeric
    language sql stable parallel safe as $$
    select round($1 * r.usd_per_unit, 2)
    from exchange_rate r
    where r.currency = $2
    order by abs(r.year - coalesce(extract(year from $3)::int, 9999)), r.year
    limit 1
$$;

-- The same rule for every currency and year from 1960 to 2100, for joins: to_usd called per row costs a query per
-- transaction. Rates may be given for 1960 to 2100, so that Java (ExchangeRates), to_usd and the views convert every
-- amount alike; 2100 stands for "no date" (the latest rate).
create or replace view exchange_rate_by_year as
select distinct on (r.currency, y.year) r.currency, y.year, r.usd_per_unit
from exchange_rate r
cross join generate_series(1960, 2100) as y(year)
order by r.currency, y.year, abs(r.year - y.year), r.year;
