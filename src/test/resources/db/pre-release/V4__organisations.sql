-- The directory of actors in security sector reform.
create table organisation (
    id                   bigserial primary key,
    slug                 varchar(80)  not null unique,
    type                 varchar(40)  not null,
    subtype              varchar(40),
    iati_identifier      varchar(100) unique,
    headquarters_country varchar(2),
    website              varchar(500),
    mandate              text,
    ssr_summary          text,
    parent_id            bigint references organisation (id),
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    constraint organisation_type_check check (type in (
        'INTERNATIONAL_ORGANISATION', 'REGIONAL_ORGANISATION', 'BILATERAL_DONOR',
        'NATIONAL_GOVERNMENT', 'SECURITY_INSTITUTION', 'OVERSIGHT_BODY',
        'CIVIL_SOCIETY', 'ACADEMIC_TRAINING_CENTRE')),
    constraint organisation_subtype_check check (subtype is null or subtype in (
        'POLICE', 'ARMED_FORCES', 'INTELLIGENCE', 'BORDER', 'CORRECTIONS',
        'PARLIAMENTARY_COMMITTEE', 'OMBUDSPERSON', 'INSPECTORATE', 'AUDIT_OFFICE',
        'HUMAN_RIGHTS_INSTITUTION', 'COURT'))
);
create index organisation_parent_idx on organisation (parent_id);
create index organisation_type_idx on organisation (type);

-- Name and acronym per language (BCP 47 tag); 'en' is always present.
create table organisation_name (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    language        varchar(10) not null,
    name            varchar(300) not null,
    acronym         varchar(40),
    primary key (organisation_id, language)
);
create index organisation_name_search_idx on organisation_name (lower(name));
create index organisation_acronym_search_idx on organisation_name (lower(acronym));

create table organisation_country (
    organisation_id bigint  not null references organisation (id) on delete cascade,
    country_code    varchar(2) not null,
    primary key (organisation_id, country_code)
);
create index organisation_country_code_idx on organisation_country (country_code);

create table organisation_ssr_role (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    role            varchar(40) not null,
    primary key (organisation_id, role),
    constraint organisation_ssr_role_check check (role in (
        'NORM_SETTING', 'FUNDING', 'TECHNICAL_ASSISTANCE', 'TRAINING',
        'MONITORING_EVALUATION', 'OVERSIGHT', 'COORDINATION', 'RESEARCH', 'LITIGATION_ADJUDICATION'))
);
create index organisation_ssr_role_role_idx on organisation_ssr_role (role);
