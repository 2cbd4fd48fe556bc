-- Point 6: the periodic reports to the Governor, archived with their PDF and workbook.
CREATE TABLE governor_report (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_key           VARCHAR(120) NOT NULL,
    period_kind          VARCHAR(20)  NOT NULL,
    period_from          DATE         NOT NULL,
    period_to            DATE         NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    summary              VARCHAR(2000) NOT NULL,
    pdf                  LONGBLOB     NOT NULL,
    xlsx                 LONGBLOB     NOT NULL,
    compiled_at          DATETIME(6)  NOT NULL,
    approved_at          DATETIME(6),
    revision_notes       VARCHAR(2000),
    CONSTRAINT uq_governor_report_key UNIQUE (report_key)
);
