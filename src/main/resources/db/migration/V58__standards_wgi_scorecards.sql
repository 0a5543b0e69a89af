-- Scorecards and the World Bank governance indicators import: World Bank economy codes that are not ISO 3166-1
-- alpha-3, the column mappings saved for the next edition, and the percentile ranks kept beside each estimate.

-- World Bank economy codes that do not map through country.alpha3. iso_code null: the code names no single country
-- (a dissolved economy or a grouping); the importer reports its rows and imports none of them. Aggregates (WLD, EAS,
-- ...) are in neither table and are reported the same way.
create table standards_wb_economy_code (
    wb_code  varchar(3) primary key,
    iso_code varchar(2) references country (code),
    note     varchar(200) not null
);
insert into standards_wb_economy_code (wb_code, iso_code, note) values
    ('ADO', 'AD', 'Andorra, old World Bank code'),
    ('ZAR', 'CD', 'Congo, Dem. Rep., old World Bank code (Zaire)'),
    ('ROM', 'RO', 'Romania, old World Bank code'),
    ('TMP', 'TL', 'Timor-Leste, old World Bank code (East Timor)'),
    ('WBG', 'PS', 'West Bank and Gaza'),
    ('KSV', 'XK', 'Kosovo (XK is the user-assigned code the EU and World Bank use; Kosovo has no ISO 3166-1 code)'),
    ('XKX', 'XK', 'Kosovo, current World Bank code'),
    ('ANT', null, 'Netherlands Antilles, dissolved 2010: no single successor'),
    ('CHI', null, 'Channel Islands: Jersey and Guernsey together');

-- A column layout a user mapped once, reused for the next edition: for each kind of column, the header that holds it.
create table standards_wgi_column_mapping (
    id                      bigserial primary key,
    name                    varchar(100) not null unique,
    owner_organisation_id   bigint       not null references organisation (id),
    economy_code_column     varchar(100) not null,
    economy_name_column     varchar(100),
    year_column             varchar(100) not null,
    indicator_column        varchar(100) not null,
    estimate_column         varchar(100) not null,
    standard_error_column   varchar(100),
    percentile_rank_column  varchar(100),
    percentile_rank_lower_column varchar(100),
    percentile_rank_upper_column varchar(100),
    last_used_at            timestamptz,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    version                 bigint       not null default 0
);

-- The published percentile rank of an imported estimate (0-100 among all economies) and its 90% interval.
create table standards_wgi_percentile_rank (
    value_id       bigint primary key references standards_value (id) on delete cascade,
    rank           numeric(6, 2) not null check (rank between 0 and 100),
    rank_lower     numeric(6, 2) check (rank_lower between 0 and 100),
    rank_upper     numeric(6, 2) check (rank_upper between 0 and 100)
);

insert into application_privilege (relation, access) values
    ('standards_wb_economy_code', 'read'),
    ('standards_wgi_column_mapping', 'write'),
    ('standards_wgi_percentile_rank', 'write');
