-- How many one-time codes of the data subject's door (/privasi/permintaan, privacy/SubjectCodes) one e-mail
-- address was given in its current hour: a row per address, taken with one conditional UPDATE, so that the
-- limit holds across instances and against parallel requests. contact_key is a keyed hash of the normalised
-- address (HMAC-SHA256 under a key derived from TANGGAP_CRYPTO_KEY), never the address itself.
CREATE TABLE subject_code_quota (
    contact_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    window_start  DATETIME(6)  NOT NULL,
    issued        INT          NOT NULL
);
