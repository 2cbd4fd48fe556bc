-- The shared deadline of a case's cross-sector coordination (issue 19): the dashboard's overdue list names a case
-- whose joint follow-up is still missing after it, beside the response and resolution deadlines.
ALTER TABLE complaint ADD COLUMN coordination_due_at DATETIME(6) NULL;
