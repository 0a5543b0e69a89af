-- Drafts are seen by the members of their reporting organisation (and of those above it) and by administrators
-- (DraftVisibility). Lists and counts find the drafts a reader may see through this small index, then keep reading
-- publication from activity_facts_idx; a published activity has no entry here.
create index activity_draft_idx on activity (reporting_organisation_id, id) where not published;
