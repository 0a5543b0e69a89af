-- The reform area of a sector, by the rule ReformAreas.Mapping applies in Java: a DAC 5-digit purpose code
-- (vocabulary 1, or none given) mapped one by one, else its 3-digit category; a category (vocabulary 2) mapped as
-- such; any other vocabulary maps to nothing. When a mapping changes, the stored activity_sector.reform_area of
-- the rows it concerns is recomputed with this function, in the same transaction.
create or replace function reform_area_of(vocabulary text, code text) returns text
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
