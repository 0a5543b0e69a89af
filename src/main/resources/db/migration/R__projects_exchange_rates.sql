-- Converting amounts to US dollars at the annual average rates, in SQL, by the rule the exchange-rate service applies
-- in Java (ExchangeRates.annualRate): the activity registry's totals and views convert with these. The rates are the
-- annual rows of the one exchange-rate table of the module exchangerates (exchange_rate, V67): one unit of base was
-- worth rate US dollars in the year beginning on on_date. V67 holds the same definitions.

-- An amount in US dollars at the annual rate for the date's year, or the nearest year with one (the earlier one on a
-- tie; the latest when there is no date). The US dollar is 1. Null when the currency has no rate: totals leave such
-- amounts out and say how many there were.
create or replace function to_usd(amount numeric, currency varchar, d date) returns numeric
    language sql stable parallel safe as $$
    select case when $2 = 'USD' then round($1, 2) else (
        select round($1 * r.rate, 2)
        from exchange_rate r
        where r.kind = 'annual' and r.currency = 'USD' and r.base = $2
        order by abs(extract(year from r.on_date)::int - coalesce(extract(year from $3)::int, 9999)), r.on_date
        limit 1) end
$$;

-- The same rule for every currency and year from 1960 to 2100, for joins: to_usd called per row costs a query per
-- transaction. Rates may be given for 1960 to 2100, so that Java, to_usd and the views convert every amount alike;
-- 2100 stands for "no date" (the latest rate).
create or replace view exchange_rate_by_year as
select a.currency, a.year, a.usd_per_unit
from (select distinct on (r.base, y.year) r.base as currency, y.year, r.rate as usd_per_unit
      from exchange_rate r
      cross join generate_series(1960, 2100) as y(year)
      where r.kind = 'annual' and r.currency = 'USD'
      order by r.base, y.year, abs(extract(year from r.on_date)::int - y.year), r.on_date) a
union all
select cast('USD' as varchar(3)), y.year, cast(1 as numeric)
from generate_series(1960, 2100) as y(year);
