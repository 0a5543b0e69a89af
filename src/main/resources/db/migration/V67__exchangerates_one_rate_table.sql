-- One exchange-rate table for the whole application, owned by the module exchangerates: the annual average US-dollar
-- rates the activity registry kept in exchange_rate (V5) and the dated rates of dated_exchange_rate (V47) become rows
-- of one table, told apart by their kind. One row: in its period, one unit of base was worth rate units of currency.
--   dated   the period is the day on_date (a central bank's reference rate: base EUR, "1 EUR = 1.0812 USD")
--   annual  the period is the year that begins on on_date (1 January), and the rate is always against the US dollar
--           (base = the currency, currency = USD: "1 EUR = 1.082 USD on average in 2024"), from 1960 to 2100
-- The US dollar needs no row against itself: the annual USD rows of V5 (all 1) are left behind, and the rules
-- (Java and to_usd below) give 1 for it.
-- source says who published or compiled the rate; recorded_at when Concord stored it (null for the annual rows kept
-- before this migration, whose time nobody recorded); version lets an edit made from a stale form be refused.

alter table exchange_rate rename to exchange_rate_before_v67;
alter index exchange_rate_pkey rename to exchange_rate_before_v67_pkey;

create table exchange_rate (
    kind        varchar(6)   not null,
    base        varchar(3)   not null,
    currency    varchar(3)   not null,
    on_date     date         not null,
    rate        numeric      not null,
    source      varchar(60)  not null,
    recorded_at timestamptz,
    version     bigint       not null default 0,
    primary key (currency, base, kind, on_date),
    constraint exchange_rate_kind check (kind in ('dated', 'annual')),
    constraint exchange_rate_positive check (rate > 0),
    constraint exchange_rate_codes check (base ~ '^[A-Z]{3}$' and currency ~ '^[A-Z]{3}$' and base <> currency),
    constraint exchange_rate_annual_year check (kind <> 'annual'
        or (currency = 'USD' and on_date = make_date(extract(year from on_date)::int, 1, 1)
            and on_date between date '1960-01-01' and date '2100-01-01'))
);
-- a conversion on a date reads both currencies' dated rows in a window of days
create index exchange_rate_dated_idx on exchange_rate (on_date, currency) where kind = 'dated';

comment on table exchange_rate is
    'Exchange rates (module exchangerates): dated rates of a day and annual US-dollar averages of a year, one table.';

insert into exchange_rate (kind, base, currency, on_date, rate, source, recorded_at, version)
select 'annual', r.currency, 'USD', make_date(r.year, 1, 1), r.usd_per_unit, 'Concord (central-bank annual averages)',
       null, r.version
from exchange_rate_before_v67 r
where r.currency <> 'USD';

insert into exchange_rate (kind, base, currency, on_date, rate, source, recorded_at)
select 'dated', d.base, d.currency, d.on_date, d.rate, d.source, d.imported_at
from dated_exchange_rate d;

-- the activity registry's SQL conversions (R__projects_exchange_rates.sql, which holds the same definitions) read the
-- one table from now on; they are replaced here too, since the old table cannot go while the view reads it
create or replace function to_usd(amount numeric, currency varchar, d date) returns numeric
    language sql stable parallel safe as $$
    select case when $2 = 'USD' then round($1, 2) else (
        select round($1 * r.rate, 2)
        from exchange_rate r
        where r.kind = 'annual' and r.currency = 'USD' and r.base = $2
        order by abs(extract(year from r.on_date)::int - coalesce(extract(year from $3)::int, 9999)), r.on_date
        limit 1) end
$$;

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

drop table exchange_rate_before_v67;
drop table dated_exchange_rate;

-- the triggers the old table had: the cached copies of the annual rates (reference_version, V5) and the activity
-- registry's data version (V21) move on every change of rates, as before
create trigger exchange_rate_changed after insert or update or delete or truncate on exchange_rate
    for each statement execute function reference_data_changed();
create trigger exchange_rate_list_changed after insert or update or delete or truncate on exchange_rate
    for each statement execute function projects_activity_list_changed();
update reference_version set version = nextval('reference_version_seq') where name = 'exchange_rate';

-- exchange_rate keeps its line ('write', V14); the dated table is gone
delete from application_privilege where relation = 'dated_exchange_rate';
