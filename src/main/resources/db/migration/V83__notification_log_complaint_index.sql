-- Erasing a case's personal data rewrites the e-mails sent about it: found by this index, the erasure reads
-- and locks only that case's rows instead of scanning (and, under REPEATABLE READ, locking) the whole log,
-- where it held up the mailer marking other e-mails as sent.
CREATE INDEX ix_notification_complaint ON notification_log (complaint_id);
