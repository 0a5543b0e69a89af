-- Dated exchange rates (module exchangerates), beside the activity registry's annual averages (exchange_rate, V5),
-- which they extend: a conversion on a date takes the latest dated rate within 7 days before it, else the annual one.
-- One row: on on_date, one unit of base was worth rate units of currency (the way central banks publish them: the
-- ECB's reference rates are base EUR, "1 EUR = 1.0812 USD"). Administrators import them as CSV; importing a file
-- again changes nothing.
create table dated_exchange_rate (
    base        varchar(3)   not null,
    currency    varchar(3)   not null,
    on_date     date         not null,
    rate        numeric      not null,
    source      varchar(60)  not null,
    imported_at timestamptz  not null,
    primary key (currency, base, on_date),
    constraint dated_exchange_rate_positive check (rate > 0),
    constraint dated_exchange_rate_codes check (base ~ '^[A-Z]{3}$' and currency ~ '^[A-Z]{3}$' and base <> currency)
);
-- a conversion reads both currencies' rows in a window of days
create index dated_exchange_rate_date_idx on dated_exchange_rate (on_date, currency);

comment on table exchange_rate is
    'Annual average US-dollar rates, edited in the activity registry; the fallback of dated_exchange_rate (V47).';

insert into application_privilege (relation, access) values ('dated_exchange_rate', 'write');
