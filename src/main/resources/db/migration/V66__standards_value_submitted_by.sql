-- Who sent a value for verification (an account id, as entered_by and verified_by): an evaluator verifies neither a
-- value they entered nor one they submitted. Values submitted before this column existed have none.
alter table standards_value add column submitted_by bigint;
