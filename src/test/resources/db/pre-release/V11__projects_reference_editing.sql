-- Administrators edit the reform-area thesaurus and the exchange-rate table (pages and API).

-- Optimistic locking: a change made from a stale form is refused instead of overwriting someone else's.
alter table reform_area add column version bigint not null default 0;
alter table exchange_rate add column version bigint not null default 0;

-- The editors' rules, kept by the database as well (the seeded rows follow them).
alter table reform_area add constraint reform_area_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}$');
alter table reform_area add constraint reform_area_colour_format check (colour ~ '^#[0-9a-f]{6}$');
alter table reform_area_sector add constraint reform_area_sector_code_format
    check ((vocabulary = '1' and sector_code ~ '^[0-9]{5}$') or (vocabulary = '2' and sector_code ~ '^[0-9]{3}$'));
alter table exchange_rate add constraint exchange_rate_currency_format check (currency ~ '^[A-Z]{3}$');
alter table exchange_rate add constraint exchange_rate_year_range check (year between 1960 and 2100);

-- The reform area of a sector, by the rule ReformAreas.Mapping applies in Java: a DAC 5-digit purpose code
-- (vocabulary 1, or none given) mapped one by one, else its 3-digit category; a category (vocabulary 2) mapped as
-- such; any other vocabulary maps to nothing. When a mapping changes, the stored activity_sector.reform_area of
-- the rows it concerns is recomputed with this function, in the same transaction.
create function reform_area_of(vocabulary text, code text) returns text
    language sql stable parallel safe as $$
    select case
        when $2 is null then null
        when coalesce($1, '1') = '1' then coalesce(
            (select m.reform_area from reform_area_sector m where m.vocabulary = '1' and m.sector_code = $2),
            (select m.reform_area from reform_area_sector m
             where m.vocabulary = '2' and length($2) >= 3 and m.sector_code = left($2, 3)))
        when $1 = '2' then
            (select m.reform_area from reform_area_sector m where m.vocabulary = '2' and m.sector_code = $2)
    end
$$;

-- ExchangeRates and ReformAreas keep their table in memory (ReferenceTable) and check its version number: every
-- change to the table (by any instance, or by hand in SQL) takes a new number from the sequence, which never hands
-- out a number twice, so a copy read inside a transaction that rolled back can never pass for a committed one.
create sequence reference_version_seq;
create table reference_version (
    name    text   primary key,  -- the table's name
    version bigint not null
);
insert into reference_version values ('exchange_rate', nextval('reference_version_seq')),
                                     ('reform_area_sector', nextval('reference_version_seq'));

create function reference_data_changed() returns trigger language plpgsql as $$
begin
    update reference_version set version = nextval('reference_version_seq') where name = tg_table_name;
    return null;
end;
$$;
create trigger exchange_rate_changed after insert or update or delete or truncate on exchange_rate
    for each statement execute function reference_data_changed();
create trigger reform_area_sector_changed after insert or update or delete or truncate on reform_area_sector
    for each statement execute function reference_data_changed();

-- Rates may be given for 1960 to 2100; the joins' per-year table covers the same span, so that Java (ExchangeRates),
-- to_usd and the views convert every amount alike. 2100 now stands for "no date" (the latest rate), as 2060 did.
create or replace view exchange_rate_by_year as
select distinct on (r.currency, y.year) r.currency, y.year, r.usd_per_unit
from exchange_rate r
cross join generate_series(1960, 2100) as y(year)
order by r.currency, y.year, abs(r.year - y.year), r.year;

create or replace view activity_spending as
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
      and rate.year = greatest(1960, least(2100,
              coalesce(extract(year from coalesce(t.value_date, t.transaction_date))::int, 2100)))
where a.published and t.type in ('3', '4');
