-- Master data screens (issue 17, /data-induk): records in use are deactivated instead of deleted, and every
-- change made to master data (OPDs, positions, categories, escalation contacts, forwarding targets, holidays)
-- is kept with who, when and what it was before and after.
ALTER TABLE opd ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE complaint_category ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE forward_target ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE opd_position ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

CREATE TABLE master_data_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    record_key   VARCHAR(200)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    before_value VARCHAR(2000),
    after_value  VARCHAR(2000)
);
CREATE INDEX ix_master_data_change_record ON master_data_change (kind, record_key, at);
CREATE INDEX ix_master_data_change_at ON master_data_change (at);
