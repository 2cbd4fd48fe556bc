-- Timeline entries staff record for themselves (e.g. a call transferred to another OPD's call center)
-- are kept off the public timeline of /lacak and GET /api/complaints/{ticket}.
ALTER TABLE complaint_event ADD COLUMN internal BOOLEAN NOT NULL DEFAULT FALSE;
