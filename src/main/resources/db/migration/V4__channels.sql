-- Official social-media accounts and numbers that take complaints, and where each case came from
-- and was answered on its channel.

CREATE TABLE official_account (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    platform            VARCHAR(20)   NOT NULL,
    platform_account_id VARCHAR(64)   NOT NULL,
    handle              VARCHAR(100)  NOT NULL,
    url                 VARCHAR(500),
    opd_code            VARCHAR(32),
    official_nip        VARCHAR(18),
    status              VARCHAR(20)   NOT NULL,
    access_token        VARCHAR(2000),
    created_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uq_official_account UNIQUE (platform, platform_account_id)
);

ALTER TABLE complaint ADD COLUMN channel_account_id VARCHAR(64);
ALTER TABLE complaint ADD COLUMN channel_sender_id VARCHAR(1000);
ALTER TABLE complaint ADD COLUMN reply_platform_id VARCHAR(200);
ALTER TABLE complaint ADD COLUMN replied_at DATETIME(6);
