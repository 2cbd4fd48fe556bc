-- A likely duplicate is only a suggestion for triage: the case a new report probably repeats.
-- Joining happens when Diskominfo confirms it (duplicate_of_id), never at intake.
ALTER TABLE complaint ADD COLUMN suggested_duplicate_of_id BIGINT;
