-- A country's own institutions are those seated there (Organisations.seatedIn): the country's scorecard lists the
-- latest published assessment of each, so the directory answers "who is seated in XX" from an index.
create index organisation_headquarters_country_idx on organisation (headquarters_country);
