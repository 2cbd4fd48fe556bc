-- The month's figures (the Governor's report and the dashboard: counts per OPD, channel, category and region, on-time
-- and late, medians, escalation levels, the 8-week trend) read every complaint received in the period. Through
-- ix_complaint_created each of those rows was a lookup of the whole row; this index holds every column they read, so a
-- month is one range of the index and no row (README "Benchmark"). It starts with created_at and so replaces
-- ix_complaint_created for every query that used it.
CREATE INDEX ix_complaint_month ON complaint (created_at, duplicate_of_id, opd_code, status, category_code, channel,
    region, first_response_at, response_due_at, resolved_at, resolution_due_at, escalation_level, reopen_count, rating,
    ticket);
DROP INDEX ix_complaint_created ON complaint;

-- The dashboard's map and its overdue page list open cases with their ticket, category and place: with those in
-- ix_complaint_open (V116) they, too, read the open part of the index and no row.
DROP INDEX ix_complaint_open ON complaint;
CREATE INDEX ix_complaint_open ON complaint (status, duplicate_of_id, created_at, response_due_at, first_response_at,
    resolution_due_at, resolved_at, coordination_due_at, opd_code, category_code, ticket, latitude, longitude);
