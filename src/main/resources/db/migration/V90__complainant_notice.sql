-- The complainant's notice of each public change of a case (complainantnotice module): one row per case and change,
-- so a redelivered change sends nothing twice; the row is also the outbox the platform sends are retried from.
-- No personal data: the route names the channel, the note is the public timeline's text.
CREATE TABLE complainant_notice (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id    BIGINT        NOT NULL,
    change_key      VARCHAR(200)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    case_status     VARCHAR(30)   NOT NULL,
    note            VARCHAR(2000),
    route           VARCHAR(30)   NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    proof           VARCHAR(300),
    last_error      VARCHAR(500),
    CONSTRAINT uq_complainant_notice_change UNIQUE (complaint_id, change_key)
);
CREATE INDEX ix_complainant_notice_due ON complainant_notice (state, next_attempt_at);
