-- Every "send back for revision" of a report to the Governor, kept: the note, who it went to, and what was done.
CREATE TABLE governor_report_revision (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id    BIGINT        NOT NULL,
    dedup_key    VARCHAR(100)  NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    requested_at DATETIME(6)   NOT NULL,
    CONSTRAINT uq_report_revision_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_report_revision_report FOREIGN KEY (report_id) REFERENCES governor_report (id)
);
CREATE INDEX ix_report_revision_report ON governor_report_revision (report_id, requested_at);
