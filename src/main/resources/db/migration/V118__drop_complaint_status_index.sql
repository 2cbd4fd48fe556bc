-- ix_complaint_status (V1) is a prefix of ix_complaint_open (V116, V117), which starts with status: every query that
-- could use it uses the wider index as well. Dropping it saves one index write per case created and per status
-- change, both on the intake's and the workers' path (README "Benchmark").
DROP INDEX ix_complaint_status ON complaint;
