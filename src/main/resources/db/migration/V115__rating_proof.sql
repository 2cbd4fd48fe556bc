-- The /lacak proof for rating a case whose complainant was reached only publicly (a tweet, a comment): a one-time
-- code, shown to one browser, which the complainant sends from the same platform account; only hashes are kept
-- (of the code and of the browser's cookie token). A row carries no personal data.
CREATE TABLE rating_proof (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT      NOT NULL,
    code_hash    CHAR(64)    NOT NULL,
    browser_hash CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    proven_at    DATETIME(6),
    CONSTRAINT uq_rating_proof_code UNIQUE (code_hash),
    CONSTRAINT fk_rating_proof_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_rating_proof_complaint ON rating_proof (complaint_id, created_at);
