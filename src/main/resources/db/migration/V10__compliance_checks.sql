-- Point 5: the daily compliance check of every official account, one row per account per day.
CREATE TABLE compliance_check (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id           BIGINT       NOT NULL,
    check_date           DATE         NOT NULL,
    last_post_at         DATETIME(6),
    unanswered_overdue   INT          NOT NULL,
    active               BOOLEAN      NOT NULL,
    responsive           BOOLEAN      NOT NULL,
    complete             BOOLEAN      NOT NULL,
    compliant            BOOLEAN      NOT NULL,
    consecutive_failures INT          NOT NULL,
    note                 VARCHAR(500),
    CONSTRAINT uq_compliance_check UNIQUE (account_id, check_date),
    CONSTRAINT fk_compliance_account FOREIGN KEY (account_id) REFERENCES official_account (id)
);
