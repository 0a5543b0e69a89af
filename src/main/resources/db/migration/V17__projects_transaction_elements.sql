-- Every element IATI 2.01-2.03 gives a transaction, kept: its sectors (several vocabularies), recipient country or
-- region, flow, finance and aid types, tied status, disbursement channel and the types of its provider and receiver;
-- and the elements Concord does not model (of an activity: contact-info, planned-disbursement, ...; of either: other
-- namespaces), kept as published ([{name, xml}]) and written back on export.
alter table activity_transaction
    add column provider_type               text,
    add column receiver_type               text,
    add column disbursement_channel        text,
    add column sectors                     jsonb,   -- [{vocabulary, code, name}]
    add column recipient_country           text,
    add column recipient_region            text,
    add column recipient_region_vocabulary text,
    add column flow_type                   text,
    add column finance_type                text,
    add column aid_types                   jsonb,   -- [{vocabulary, code}]
    add column tied_status                 text,
    add column extras                      jsonb;   -- [{name, xml}]
alter table activity add column extras jsonb;

-- An activity that gives its sectors, countries or regions only on its transactions has them as its own too, with
-- the share of its transactions' value: rows marked from_transactions, which every count, filter and share reads and
-- the IATI record (export, the activity's own elements) leaves out. Activities imported before keep none until
-- imported again.
alter table activity_sector add column from_transactions boolean not null default false;
alter table activity_country add column from_transactions boolean not null default false;
alter table activity_region add column from_transactions boolean not null default false;
create index activity_region_code_idx on activity_region (code, activity_id);

-- What tells a participating organisation apart in figures and filters: its IATI organisation identifier when it has a
-- usable one (a registration agency's prefix), else its name within the publisher, else itself alone
-- (OrganisationIdentifiers), so that implementers sharing a placeholder reference such as N/A are not one.
alter table activity_participant add column org_key text;
update activity_participant p
set org_key = case
        when p.ref ~ '^[A-Za-z]{2}-[A-Za-z0-9]' then p.ref
        when nullif(btrim(p.name), '') is not null then 'name:'
            || coalesce(case when a.reporting_org_ref ~ '^[A-Za-z]{2}-[A-Za-z0-9]' then a.reporting_org_ref end,
                        lower(btrim(a.reporting_org_name)), '')
            || ':' || lower(regexp_replace(btrim(p.name), '\s+', ' ', 'g'))
        else 'unnamed:' || a.iati_identifier || ':' || p.seq end
from activity a
where a.id = p.activity_id;
drop index activity_participant_ref_idx;
create index activity_participant_key_idx on activity_participant (org_key, role, activity_id);

-- How many elements kept as published each lane's activities had: the import report says it of the file.
alter table import_lane add column kept int not null default 0;
