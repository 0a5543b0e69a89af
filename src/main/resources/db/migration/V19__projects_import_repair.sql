-- A coordinator may import a file that is not well-formed only because of characters XML 1.0 forbids, by choosing
-- to have them removed. The choice is kept with the job (null: none; 'remove-forbidden-characters'), with how many
-- characters were removed; each removal is a row of import_rejection of kind REMOVED (line, column, code point).
alter table import_job
    add column repair text check (repair in ('remove-forbidden-characters')),
    add column repaired_characters int not null default 0;
