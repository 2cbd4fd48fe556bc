-- Every change of an official's registry entry (name, position, echelon, OPD, superior, e-mail).
CREATE TABLE official_history (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nip        VARCHAR(18)   NOT NULL,
    changed_at DATETIME(6)   NOT NULL,
    actor      VARCHAR(100)  NOT NULL,
    note       VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_official_history_nip ON official_history (nip, changed_at);
