-- The inventory of civil servants (ASN) and contract staff (THL) and their social-media accounts.
CREATE TABLE staff_member (
    staff_id   VARCHAR(20)   NOT NULL PRIMARY KEY,
    name       VARCHAR(1000) NOT NULL,
    opd_code   VARCHAR(32)   NOT NULL,
    kind       VARCHAR(3)    NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_staff_opd FOREIGN KEY (opd_code) REFERENCES opd (code)
);

CREATE TABLE staff_account (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_id   VARCHAR(20)  NOT NULL,
    platform   VARCHAR(20)  NOT NULL,
    handle     VARCHAR(100) NOT NULL,
    CONSTRAINT uq_staff_account UNIQUE (platform, handle),
    CONSTRAINT fk_staff_account_member FOREIGN KEY (staff_id) REFERENCES staff_member (staff_id)
);
