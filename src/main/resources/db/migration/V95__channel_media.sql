-- Photos and shared locations that came with WhatsApp and direct messages, kept until they are with the case:
-- the message's own case, or the open case of the same conversation. Photos are downloaded (WhatsApp through the
-- Graph API media endpoint) into the upload folder; a location fills the case's coordinates. Retried with backoff.
CREATE TABLE channel_media (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel             VARCHAR(20)   NOT NULL,
    platform            VARCHAR(20)   NOT NULL,
    account_id          VARCHAR(100)  NOT NULL,
    platform_message_id VARCHAR(200)  NOT NULL,
    thread_id           VARCHAR(200),
    media_ref           VARCHAR(2000) NOT NULL,
    -- SHA-256 of media_ref (hex): a platform's media URL is too long for a unique key of its own
    media_key           CHAR(64)      NOT NULL,
    state               VARCHAR(10)   NOT NULL,
    attempts            INT           NOT NULL,
    next_attempt_at     DATETIME(6)   NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    complaint_id        BIGINT,
    file_name           VARCHAR(64),
    last_error          VARCHAR(300),
    CONSTRAINT uq_channel_media UNIQUE (platform, platform_message_id, media_key)
);
CREATE INDEX ix_channel_media_due ON channel_media (state, next_attempt_at);
