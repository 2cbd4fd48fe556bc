-- The OPD whose own official a complaint is about (triage ticked "tentang pejabat OPD sendiri").
-- Such a case is handled by the Inspectorate; staff and heads of the subject OPD must never see it.
ALTER TABLE complaint ADD COLUMN subject_opd_code VARCHAR(32);
