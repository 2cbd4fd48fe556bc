-- Confidential reports: the reporter is known to Diskominfo but hidden from the OPD.
ALTER TABLE complaint ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT FALSE;
