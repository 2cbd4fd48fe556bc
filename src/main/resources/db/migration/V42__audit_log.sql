-- The audit trail (id.tanggap.audit.AuditTrail): logins and failed logins, reads of personal details,
-- exports, and changes of officials, accounts, master data and roles. Who (user name and roles), when,
-- what (action code and subject), from where (client address); the detail carries no personal data.
-- Append-only: the application only inserts and selects, and on MySQL (production, tests) the triggers of
-- db/vendor/mysql/V43 refuse every UPDATE and DELETE, whoever sends it. Expired rows (tanggap.audit.retention) are archived and removed by the
-- operator (docs/privacy.md), who drops the triggers for that maintenance window under the DBA account.
-- No foreign keys, so that the trail outlives the records it names.
CREATE TABLE audit_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    actor_roles  VARCHAR(200) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    detail       VARCHAR(500) NOT NULL,
    client_ip    VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, at);
CREATE INDEX ix_audit_log_action ON audit_log (action, at);
