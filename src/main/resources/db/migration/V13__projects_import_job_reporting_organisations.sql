-- The organisations whose activities an import may write: those its importer coordinates, and those below them,
-- fixed when the file is queued. Null: any (an administrator's or the command line's import).
alter table import_job add column reporting_organisations bigint[];
