-- An account without a usable token is "belum terhubung" on the day's check, not a failure, and its
-- owner is told once: the notice is recorded here (kind + subject), so a daily run sends it only once.
ALTER TABLE compliance_check ADD COLUMN connected BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE compliance_check ADD COLUMN unanswered_comments INT NOT NULL DEFAULT 0;
CREATE TABLE monitoring_notice (
    kind       VARCHAR(40)  NOT NULL,
    subject    VARCHAR(100) NOT NULL,
    sent_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (kind, subject)
);
