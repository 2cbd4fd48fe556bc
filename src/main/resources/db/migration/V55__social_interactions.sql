-- Every message that reaches an official account (comment, mention, direct message), kept as an
-- interaction whatever it is; only confident complaints (or those Diskominfo picks in the social inbox)
-- become cases. The sender's name and platform id are personal data: encrypted like the complaint's
-- reporter; sender_key is a keyed hash of (platform, sender id) to count a sender's earlier messages.

CREATE TABLE social_interaction (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    platform            VARCHAR(20)   NOT NULL,
    platform_message_id VARCHAR(200)  NOT NULL,
    channel             VARCHAR(20)   NOT NULL,
    account_id          VARCHAR(64)   NOT NULL,
    sender_id           VARCHAR(1000),
    sender_name         VARCHAR(1000),
    sender_key          VARCHAR(64),
    body                TEXT          NOT NULL,
    media_refs          TEXT,
    thread_id           VARCHAR(200),
    reply_to_id         VARCHAR(200),
    direct_message      BOOLEAN       NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    class_code          VARCHAR(20)   NOT NULL,
    confidence          DOUBLE        NOT NULL,
    urgency             VARCHAR(20),
    suggested_category  VARCHAR(40),
    state               VARCHAR(20)   NOT NULL,
    complaint_id        BIGINT,
    ticket              VARCHAR(32),
    opd_code            VARCHAR(32),
    answer_platform_id  VARCHAR(200),
    official_reply_id   VARCHAR(200),
    official_replied_at DATETIME(6),
    decided_by          VARCHAR(100),
    decided_at          DATETIME(6),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_social_interaction UNIQUE (platform, platform_message_id)
);

CREATE INDEX ix_social_interaction_inbox ON social_interaction (state, received_at);
CREATE INDEX ix_social_interaction_received ON social_interaction (received_at);
CREATE INDEX ix_social_interaction_sender ON social_interaction (platform, sender_key);
CREATE INDEX ix_social_interaction_thread ON social_interaction (platform, thread_id);

-- The privacy notice goes with the first automatic reply to a person on each platform, once.
CREATE TABLE social_privacy_notice (
    platform   VARCHAR(20)  NOT NULL,
    sender_key VARCHAR(64)  NOT NULL,
    sent_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (platform, sender_key)
);

-- Saved replies Diskominfo answers questions with.
CREATE TABLE social_saved_reply (
    id    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(100)  NOT NULL,
    body  VARCHAR(1000) NOT NULL
);

INSERT INTO social_saved_reply (title, body) VALUES
    ('Cara melapor', 'Terima kasih atas pertanyaannya. Aduan dapat disampaikan melalui formulir di laman aduan Pemprov atau dengan pesan langsung ke akun ini; setiap aduan mendapat nomor tiket untuk dipantau.'),
    ('Jadwal layanan', 'Terima kasih. Layanan kantor Pemprov buka Senin-Kamis pukul 08.00-16.00 dan Jumat pukul 08.00-16.30 WITA.'),
    ('Informasi program', 'Terima kasih atas pertanyaannya. Informasi lengkap program tersedia di laman resmi Pemprov; silakan kirim pesan langsung bila ada yang belum jelas.');
