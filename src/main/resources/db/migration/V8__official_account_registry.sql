-- The registry of officials' accounts: verification and a history of every change (point 2).
ALTER TABLE official_account ADD COLUMN verified_at DATETIME(6);
ALTER TABLE official_account ADD COLUMN rejection_reason VARCHAR(500);
ALTER TABLE official_account ADD COLUMN process_instance_key BIGINT;

CREATE TABLE official_account_history (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    dedup_key  VARCHAR(120) NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    note       VARCHAR(500),
    CONSTRAINT uq_account_history UNIQUE (dedup_key),
    CONSTRAINT fk_history_account FOREIGN KEY (account_id) REFERENCES official_account (id)
);
