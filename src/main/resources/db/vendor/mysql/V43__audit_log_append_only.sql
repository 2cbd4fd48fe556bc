-- MySQL / MariaDB only (spring.flyway.locations adds db/vendor/{vendor}): audit_log is append-only, so
-- these triggers refuse every UPDATE and DELETE, whoever sends it. The embedded dev run on H2 has no such
-- triggers (H2 triggers are Java classes); its data is thrown away at every stop anyway.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
