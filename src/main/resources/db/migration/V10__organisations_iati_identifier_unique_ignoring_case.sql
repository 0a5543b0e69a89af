-- IATI organisation identifiers are unique regardless of case: "xm-dac-41114" is UNDP's identifier as much as
-- "XM-DAC-41114" is, and two directory entries holding them would let files link to either.
alter table organisation drop constraint organisation_iati_identifier_key;
create unique index organisation_iati_identifier_key on organisation (lower(iati_identifier));
