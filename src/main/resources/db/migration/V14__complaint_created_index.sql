-- Reports and the dashboard select cases by the period they came in.
CREATE INDEX ix_complaint_created ON complaint (created_at);
