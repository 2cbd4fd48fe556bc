-- Photos an OPD uploads on /bukti/{ticket} as evidence of its resolution. The files are kept in the upload folder
-- like the complainant's photos (metadata removed); each row says who uploaded it for which OPD and that the OPD
-- confirmed faces and people's data in it were checked, without which nothing is stored.
CREATE TABLE evidence_photo (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id   BIGINT       NOT NULL,
    file_name      VARCHAR(64)  NOT NULL,
    caption        VARCHAR(200),
    opd_code       VARCHAR(32)  NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    people_checked BOOLEAN      NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_evidence_photo_file UNIQUE (file_name),
    CONSTRAINT fk_evidence_photo_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_evidence_photo_complaint ON evidence_photo (complaint_id, uploaded_at);
