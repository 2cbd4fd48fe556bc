-- MySQL / MariaDB only: the history of master data changes is append-only, like audit_log (V43).
CREATE TRIGGER master_data_change_no_update BEFORE UPDATE ON master_data_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'master_data_change is append-only';

CREATE TRIGGER master_data_change_no_delete BEFORE DELETE ON master_data_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'master_data_change is append-only';
