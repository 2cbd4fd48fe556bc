-- Every read of a confidential reporter's identity (name and contact) by Diskominfo or an admin:
-- who, when, which case, from which address. Append-only: the application only ever inserts here.
-- No foreign key, so that the trail outlives a case that is later erased.
CREATE TABLE identity_access_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT       NOT NULL,
    ticket       VARCHAR(20)  NOT NULL,
    username     VARCHAR(200) NOT NULL,
    accessed_at  DATETIME(6)  NOT NULL,
    client_ip    VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_identity_access_complaint ON identity_access_log (complaint_id, accessed_at);
