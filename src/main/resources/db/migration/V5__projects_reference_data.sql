-- The projects module's reference data: Concord's thesaurus of reform areas, mapped from DAC sector codes, and its
-- approximate annual US-dollar exchange rates. Administrators edit both (pages and API); these rows are the
-- starting point.

-- Optimistic locking (version): a change made from a stale form is refused instead of overwriting someone else's.
-- The editors' rules are kept by the database as well (the seeded rows follow them).
create table reform_area (
    code    text  primary key,
    name_en text not null, name_fr text not null, name_es text not null,
    name_ru text not null, name_ar text not null, name_uk text not null,
    colour  text   not null,
    version bigint not null default 0,
    constraint reform_area_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    constraint reform_area_colour_format check (colour ~ '^#[0-9a-f]{6}$')
);

-- vocabulary '1' = DAC 5-digit purpose code, '2' = DAC 3-digit category (fallback for codes not mapped one by one)
create table reform_area_sector (
    vocabulary  text not null,
    sector_code text not null,
    reform_area text not null references reform_area (code) on delete cascade,
    primary key (vocabulary, sector_code),
    constraint reform_area_sector_code_format
        check ((vocabulary = '1' and sector_code ~ '^[0-9]{5}$') or (vocabulary = '2' and sector_code ~ '^[0-9]{3}$'))
);

-- US dollars per unit of currency and year; rates may be given for 1960 to 2100.
create table exchange_rate (
    currency     varchar(3) not null,
    year         int        not null,
    usd_per_unit numeric    not null check (usd_per_unit > 0),
    version      bigint     not null default 0,
    primary key (currency, year),
    constraint exchange_rate_currency_format check (currency ~ '^[A-Z]{3}$'),
    constraint exchange_rate_year_range check (year between 1960 and 2100)
);

-- Concord's reform areas and their mapping from OECD DAC sector codes. Coordinators may edit both;
-- this is the starting point. Vocabulary 1 = DAC 5-digit purpose code; 2 = DAC 3-digit category,
-- used for codes of 151/152 not mapped one by one.
insert into reform_area (code, colour, name_en, name_fr, name_es, name_ru, name_ar, name_uk) values
('DEFENCE_REFORM', '#1f4e79', 'Defence reform', 'Réforme de la défense', 'Reforma de la defensa', 'Реформа обороны', 'إصلاح قطاع الدفاع', 'Реформа оборони'),
('POLICE_REFORM', '#2e75b6', 'Police reform', 'Réforme de la police', 'Reforma policial', 'Реформа полиции', 'إصلاح الشرطة', 'Реформа поліції'),
('INTELLIGENCE_OVERSIGHT', '#7030a0', 'Intelligence oversight', 'Contrôle du renseignement', 'Supervisión de los servicios de inteligencia', 'Надзор за разведкой', 'الرقابة على أجهزة الاستخبارات', 'Нагляд за розвідкою'),
('BORDER_MANAGEMENT', '#00848a', 'Border management', 'Gestion des frontières', 'Gestión de fronteras', 'Управление границами', 'إدارة الحدود', 'Управління кордонами'),
('JUSTICE_CORRECTIONS', '#548235', 'Justice and corrections', 'Justice et système pénitentiaire', 'Justicia y sistema penitenciario', 'Правосудие и исправительная система', 'العدالة والإصلاحيات', 'Правосуддя та пенітенціарна система'),
('PARLIAMENTARY_OVERSIGHT', '#bf8f00', 'Parliamentary oversight', 'Contrôle parlementaire', 'Supervisión parlamentaria', 'Парламентский контроль', 'الرقابة البرلمانية', 'Парламентський контроль'),
('ANTI_CORRUPTION', '#c55a11', 'Anti-corruption and building integrity', 'Lutte contre la corruption et renforcement de l''intégrité', 'Lucha contra la corrupción y fomento de la integridad', 'Противодействие коррупции и укрепление добросовестности', 'مكافحة الفساد وبناء النزاهة', 'Протидія корупції та розбудова доброчесності'),
('DDR', '#843c0c', 'Disarmament, demobilisation and reintegration', 'Désarmement, démobilisation et réintégration', 'Desarme, desmovilización y reintegración', 'Разоружение, демобилизация и реинтеграция', 'نزع السلاح والتسريح وإعادة الإدماج', 'Роззброєння, демобілізація та реінтеграція'),
('SMALL_ARMS', '#595959', 'Small arms and explosive remnants control', 'Contrôle des armes légères et des restes explosifs', 'Control de armas pequeñas y restos explosivos', 'Контроль над стрелковым оружием и взрывоопасными пережитками', 'مراقبة الأسلحة الصغيرة ومخلفات المتفجرات', 'Контроль над стрілецькою зброєю та вибухонебезпечними залишками'),
('GENDER_SSR', '#c00000', 'Gender and SSR', 'Genre et RSS', 'Género y RSS', 'Гендер и РСБ', 'النوع الاجتماعي وإصلاح القطاع الأمني', 'Гендер і РСБ'),
('CIVIL_SOCIETY_OVERSIGHT', '#0070c0', 'Civil-society oversight', 'Contrôle par la société civile', 'Supervisión por la sociedad civil', 'Гражданский контроль', 'رقابة المجتمع المدني', 'Громадський контроль'),
('HUMAN_RIGHTS', '#00b050', 'Human rights', 'Droits de l''homme', 'Derechos humanos', 'Права человека', 'حقوق الإنسان', 'Права людини');

insert into reform_area_sector (vocabulary, sector_code, reform_area) values
('1', '15210', 'DEFENCE_REFORM'),           -- security system management and reform
('1', '15230', 'DEFENCE_REFORM'),           -- participation in international peacekeeping operations
('1', '15132', 'POLICE_REFORM'),            -- police
('1', '15136', 'BORDER_MANAGEMENT'),        -- immigration
('1', '15190', 'BORDER_MANAGEMENT'),        -- facilitation of orderly, safe, regular migration
('1', '15130', 'JUSTICE_CORRECTIONS'),      -- legal and judicial development
('1', '15131', 'JUSTICE_CORRECTIONS'),      -- justice, law and order policy, planning and administration
('1', '15133', 'JUSTICE_CORRECTIONS'),      -- fire and rescue services
('1', '15134', 'JUSTICE_CORRECTIONS'),      -- judicial affairs
('1', '15137', 'JUSTICE_CORRECTIONS'),      -- prisons
('1', '15152', 'PARLIAMENTARY_OVERSIGHT'),  -- legislatures and political parties
('1', '15110', 'ANTI_CORRUPTION'),          -- public sector policy and administrative management
('1', '15111', 'ANTI_CORRUPTION'),          -- public finance management
('1', '15112', 'ANTI_CORRUPTION'),          -- decentralisation and support to subnational government
('1', '15113', 'ANTI_CORRUPTION'),          -- anti-corruption organisations and institutions
('1', '15114', 'ANTI_CORRUPTION'),          -- domestic revenue mobilisation
('1', '15240', 'DDR'),                      -- reintegration and SALW control
('1', '15261', 'DDR'),                      -- child soldiers (prevention and demobilisation)
('1', '15220', 'DDR'),                      -- civilian peace-building, conflict prevention and resolution
('1', '15250', 'SMALL_ARMS'),               -- removal of land mines and explosive remnants of war
('1', '15170', 'GENDER_SSR'),               -- women's rights organisations and movements
('1', '15180', 'GENDER_SSR'),               -- ending violence against women and girls
('1', '15150', 'CIVIL_SOCIETY_OVERSIGHT'),  -- democratic participation and civil society
('1', '15151', 'CIVIL_SOCIETY_OVERSIGHT'),  -- elections
('1', '15153', 'CIVIL_SOCIETY_OVERSIGHT'),  -- media and free flow of information
('1', '15135', 'HUMAN_RIGHTS'),             -- ombudsman
('1', '15160', 'HUMAN_RIGHTS'),             -- human rights
('2', '151', 'ANTI_CORRUPTION'),            -- government and civil society, general: governance and integrity
('2', '152', 'DEFENCE_REFORM');             -- conflict, peace and security

-- US dollars per unit of currency, annual averages, rounded to about three significant figures.
-- Approximate figures compiled by the Concord team from central-bank annual averages; they let totals
-- across currencies be compared, and pages say that converted figures are approximate. Years outside
-- the table use the nearest year. Administrators may correct or extend the table.
insert into exchange_rate (currency, year, usd_per_unit) values
('EUR', 2010, 1.327),
('EUR', 2011, 1.392),
('EUR', 2012, 1.286),
('EUR', 2013, 1.328),
('EUR', 2014, 1.329),
('EUR', 2015, 1.11),
('EUR', 2016, 1.107),
('EUR', 2017, 1.13),
('EUR', 2018, 1.181),
('EUR', 2019, 1.12),
('EUR', 2020, 1.142),
('EUR', 2021, 1.183),
('EUR', 2022, 1.053),
('EUR', 2023, 1.081),
('EUR', 2024, 1.082),
('EUR', 2025, 1.13),
('GBP', 2010, 1.546),
('GBP', 2011, 1.604),
('GBP', 2012, 1.585),
('GBP', 2013, 1.564),
('GBP', 2014, 1.648),
('GBP', 2015, 1.528),
('GBP', 2016, 1.355),
('GBP', 2017, 1.289),
('GBP', 2018, 1.335),
('GBP', 2019, 1.277),
('GBP', 2020, 1.284),
('GBP', 2021, 1.376),
('GBP', 2022, 1.237),
('GBP', 2023, 1.244),
('GBP', 2024, 1.278),
('GBP', 2025, 1.32),
('CAD', 2010, 0.971),
('CAD', 2011, 1.011),
('CAD', 2012, 1.001),
('CAD', 2013, 0.971),
('CAD', 2014, 0.906),
('CAD', 2015, 0.783),
('CAD', 2016, 0.755),
('CAD', 2017, 0.771),
('CAD', 2018, 0.772),
('CAD', 2019, 0.754),
('CAD', 2020, 0.746),
('CAD', 2021, 0.798),
('CAD', 2022, 0.769),
('CAD', 2023, 0.741),
('CAD', 2024, 0.73),
('CAD', 2025, 0.72),
('AUD', 2010, 0.919),
('AUD', 2011, 1.033),
('AUD', 2012, 1.036),
('AUD', 2013, 0.968),
('AUD', 2014, 0.903),
('AUD', 2015, 0.752),
('AUD', 2016, 0.744),
('AUD', 2017, 0.767),
('AUD', 2018, 0.748),
('AUD', 2019, 0.695),
('AUD', 2020, 0.69),
('AUD', 2021, 0.751),
('AUD', 2022, 0.694),
('AUD', 2023, 0.664),
('AUD', 2024, 0.66),
('AUD', 2025, 0.64),
('NOK', 2010, 0.166),
('NOK', 2011, 0.178),
('NOK', 2012, 0.172),
('NOK', 2013, 0.17),
('NOK', 2014, 0.159),
('NOK', 2015, 0.124),
('NOK', 2016, 0.119),
('NOK', 2017, 0.121),
('NOK', 2018, 0.123),
('NOK', 2019, 0.114),
('NOK', 2020, 0.106),
('NOK', 2021, 0.116),
('NOK', 2022, 0.104),
('NOK', 2023, 0.095),
('NOK', 2024, 0.093),
('NOK', 2025, 0.097),
('SEK', 2010, 0.139),
('SEK', 2011, 0.154),
('SEK', 2012, 0.148),
('SEK', 2013, 0.154),
('SEK', 2014, 0.146),
('SEK', 2015, 0.119),
('SEK', 2016, 0.117),
('SEK', 2017, 0.117),
('SEK', 2018, 0.115),
('SEK', 2019, 0.106),
('SEK', 2020, 0.109),
('SEK', 2021, 0.117),
('SEK', 2022, 0.099),
('SEK', 2023, 0.094),
('SEK', 2024, 0.095),
('SEK', 2025, 0.1),
('CHF', 2010, 0.96),
('CHF', 2011, 1.129),
('CHF', 2012, 1.067),
('CHF', 2013, 1.079),
('CHF', 2014, 1.093),
('CHF', 2015, 1.04),
('CHF', 2016, 1.015),
('CHF', 2017, 1.016),
('CHF', 2018, 1.023),
('CHF', 2019, 1.006),
('CHF', 2020, 1.067),
('CHF', 2021, 1.094),
('CHF', 2022, 1.048),
('CHF', 2023, 1.113),
('CHF', 2024, 1.136),
('CHF', 2025, 1.2),
('JPY', 2010, 0.0114),
('JPY', 2011, 0.01254),
('JPY', 2012, 0.01253),
('JPY', 2013, 0.01025),
('JPY', 2014, 0.00946),
('JPY', 2015, 0.00826),
('JPY', 2016, 0.0092),
('JPY', 2017, 0.00891),
('JPY', 2018, 0.00906),
('JPY', 2019, 0.00917),
('JPY', 2020, 0.00937),
('JPY', 2021, 0.00911),
('JPY', 2022, 0.00762),
('JPY', 2023, 0.00713),
('JPY', 2024, 0.00661),
('JPY', 2025, 0.0067),
('JOD', 2010, 1.41),
('JOD', 2011, 1.41),
('JOD', 2012, 1.41),
('JOD', 2013, 1.41),
('JOD', 2014, 1.41),
('JOD', 2015, 1.41),
('JOD', 2016, 1.41),
('JOD', 2017, 1.41),
('JOD', 2018, 1.41),
('JOD', 2019, 1.41),
('JOD', 2020, 1.41),
('JOD', 2021, 1.41),
('JOD', 2022, 1.41),
('JOD', 2023, 1.41),
('JOD', 2024, 1.41),
('JOD', 2025, 1.41),
('USD', 2010, 1.0),
('USD', 2011, 1.0),
('USD', 2012, 1.0),
('USD', 2013, 1.0),
('USD', 2014, 1.0),
('USD', 2015, 1.0),
('USD', 2016, 1.0),
('USD', 2017, 1.0),
('USD', 2018, 1.0),
('USD', 2019, 1.0),
('USD', 2020, 1.0),
('USD', 2021, 1.0),
('USD', 2022, 1.0),
('USD', 2023, 1.0),
('USD', 2024, 1.0),
('USD', 2025, 1.0),
('DKK', 2010, 0.1781),
('DKK', 2011, 0.1868),
('DKK', 2012, 0.1726),
('DKK', 2013, 0.1783),
('DKK', 2014, 0.1784),
('DKK', 2015, 0.149),
('DKK', 2016, 0.1486),
('DKK', 2017, 0.1517),
('DKK', 2018, 0.1585),
('DKK', 2019, 0.1503),
('DKK', 2020, 0.1533),
('DKK', 2021, 0.1588),
('DKK', 2022, 0.1413),
('DKK', 2023, 0.1451),
('DKK', 2024, 0.1452),
('DKK', 2025, 0.1517);

-- ExchangeRates and ReformAreas keep their table in memory (ReferenceTable) and check its version number: every
-- change to the table (by any instance, or by hand in SQL) takes a new number from the sequence, which never hands
-- out a number twice, so a copy read inside a transaction that rolled back can never pass for a committed one.
-- (The triggers come after the rows above, which are the tables' first version.)
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
