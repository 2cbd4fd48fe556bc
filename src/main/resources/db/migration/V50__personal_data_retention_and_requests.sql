-- Issue 16 (UU 27/2022). Retention: when a closed case's personal data (name, contact, exact place,
-- message ids) and its photos were erased by the daily job of bpmn/personal-data-retention.bpmn or by a
-- granted request of the data subject; the case, its timeline and its figures stay.
ALTER TABLE complaint ADD COLUMN personal_data_erased_at DATETIME(6);
ALTER TABLE complaint ADD COLUMN photos_erased_at DATETIME(6);
CREATE INDEX ix_complaint_closed_at ON complaint (closed_at);

-- A one-time code e-mailed to the contact a complainant gave: whoever types it back proves control of
-- that contact. The code is stored only as a hash; single use, a few attempts, minutes to live.
CREATE TABLE subject_code (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token       VARCHAR(64)   NOT NULL,
    contact     VARCHAR(2000) NOT NULL,
    code_hash   VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    expires_at  DATETIME(6)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    used_at     DATETIME(6),
    CONSTRAINT uq_subject_code_token UNIQUE (token)
);

-- A data subject's request (correction, erasure, withdrawal of consent) handled by Diskominfo in
-- bpmn/data-subject-request.bpmn within the legal deadline. contact, corrected_name and note are
-- encrypted (AES-256-GCM); the process variables carry only the reference.
CREATE TABLE data_subject_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference        VARCHAR(40)   NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    contact          VARCHAR(2000) NOT NULL,
    tickets          VARCHAR(2000) NOT NULL,
    corrected_name   VARCHAR(2000),
    note             VARCHAR(4000),
    status           VARCHAR(20)   NOT NULL,
    received_at      DATETIME(6)   NOT NULL,
    due_at           DATETIME(6)   NOT NULL,
    decided_at       DATETIME(6),
    decision_reason  VARCHAR(1000),
    CONSTRAINT uq_data_subject_request_reference UNIQUE (reference)
);
