-- Foundation schema: OPDs, officials, categories, complaints with their timeline, the outbox that
-- starts process instances, the notification log that keeps e-mails idempotent, and staff users.
-- Written for MySQL 8.4 / MariaDB 10.11; also runs on H2 in MySQL mode for the embedded dev run.

CREATE TABLE opd (
    code            VARCHAR(32)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    short_name      VARCHAR(80)  NOT NULL,
    candidate_group VARCHAR(64)  NOT NULL,
    email           VARCHAR(200)
);

CREATE TABLE official (
    nip            VARCHAR(18)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    position_title VARCHAR(200) NOT NULL,
    echelon        VARCHAR(8)   NOT NULL,
    opd_code       VARCHAR(32)  NOT NULL,
    email          VARCHAR(200) NOT NULL,
    superior_nip   VARCHAR(18),
    CONSTRAINT fk_official_opd FOREIGN KEY (opd_code) REFERENCES opd (code)
);

CREATE TABLE complaint_category (
    code VARCHAR(40)  NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE ticket_sequence (
    seq_year    INT NOT NULL PRIMARY KEY,
    last_number INT NOT NULL
);

CREATE TABLE complaint (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket               VARCHAR(20)   NOT NULL,
    channel              VARCHAR(20)   NOT NULL,
    external_id          VARCHAR(200)  NOT NULL,
    reporter_name        VARCHAR(1000),
    reporter_contact     VARCHAR(1000),
    anonymous            BOOLEAN       NOT NULL,
    body                 TEXT          NOT NULL,
    category_code        VARCHAR(40)   NOT NULL,
    latitude             DOUBLE,
    longitude            DOUBLE,
    address              VARCHAR(500),
    status               VARCHAR(20)   NOT NULL,
    opd_code             VARCHAR(32),
    official_nip         VARCHAR(18),
    process_instance_key BIGINT,
    response_due_at      DATETIME(6),
    response_text        TEXT,
    public_reply_url     VARCHAR(1000),
    responded_at         DATETIME(6),
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_complaint_ticket UNIQUE (ticket),
    CONSTRAINT uq_complaint_channel_message UNIQUE (channel, external_id),
    CONSTRAINT fk_complaint_category FOREIGN KEY (category_code) REFERENCES complaint_category (code)
);
CREATE INDEX ix_complaint_status ON complaint (status);
CREATE INDEX ix_complaint_opd_created ON complaint (opd_code, created_at);

CREATE TABLE complaint_attachment (
    complaint_id BIGINT        NOT NULL,
    position_no  INT           NOT NULL,
    url          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (complaint_id, position_no),
    CONSTRAINT fk_attachment_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

CREATE TABLE complaint_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT        NOT NULL,
    event_key    VARCHAR(120)  NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    note         VARCHAR(1000),
    CONSTRAINT uq_complaint_event UNIQUE (complaint_id, event_key),
    CONSTRAINT fk_event_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

CREATE TABLE process_start_outbox (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT       NOT NULL,
    ticket       VARCHAR(20)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    published_at DATETIME(6),
    attempts     INT          NOT NULL,
    last_error   VARCHAR(500),
    CONSTRAINT fk_outbox_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_outbox_pending ON process_start_outbox (published_at, id);

CREATE TABLE notification_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedup_key    VARCHAR(200) NOT NULL,
    complaint_id BIGINT,
    template     VARCHAR(100) NOT NULL,
    recipient    VARCHAR(200) NOT NULL,
    sent_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_notification_dedup UNIQUE (dedup_key)
);

CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    opd_code      VARCHAR(32),
    enabled       BOOLEAN      NOT NULL
);
