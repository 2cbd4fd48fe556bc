-- E-mails leave after the commit (issue 20, finding 11): the notification row is written PENDING in
-- the transaction with the rendered message (encrypted, it holds personal data) and sent after the
-- commit; a failed send is retried later with a growing pause, with the same Message-ID.
ALTER TABLE notification_log ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'SENT';
ALTER TABLE notification_log ADD COLUMN message_id VARCHAR(200);
ALTER TABLE notification_log ADD COLUMN content LONGTEXT;
ALTER TABLE notification_log ADD COLUMN queued_at DATETIME(6);
ALTER TABLE notification_log ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE notification_log ADD COLUMN last_error VARCHAR(500);
ALTER TABLE notification_log ADD COLUMN next_attempt_at DATETIME(6);
ALTER TABLE notification_log MODIFY sent_at DATETIME(6) NULL;
CREATE INDEX ix_notification_pending ON notification_log (status, next_attempt_at, id);
