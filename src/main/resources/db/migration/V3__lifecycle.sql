-- The complaint lifecycle: triage, service levels, escalations, coordination, resolution, closing.

ALTER TABLE complaint ADD COLUMN urgency VARCHAR(20);
ALTER TABLE complaint ADD COLUMN complaint_type VARCHAR(20);
ALTER TABLE complaint ADD COLUMN head_nip VARCHAR(18);
ALTER TABLE complaint ADD COLUMN thread_id VARCHAR(200);
ALTER TABLE complaint ADD COLUMN duplicate_of_id BIGINT;
ALTER TABLE complaint ADD COLUMN supporter_count INT NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN escalation_level INT NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN reroute_count INT NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN reopen_count INT NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN first_response_at DATETIME(6);
ALTER TABLE complaint ADD COLUMN resolution_due_at DATETIME(6);
ALTER TABLE complaint ADD COLUMN follow_up_plan TEXT;
ALTER TABLE complaint ADD COLUMN evidence_urls TEXT;
ALTER TABLE complaint ADD COLUMN resolution_text TEXT;
ALTER TABLE complaint ADD COLUMN resolved_at DATETIME(6);
ALTER TABLE complaint ADD COLUMN confirmation_code VARCHAR(16);
ALTER TABLE complaint ADD COLUMN resolution_round INT NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN awaiting_confirmation BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE complaint ADD COLUMN rating INT;
ALTER TABLE complaint ADD COLUMN rating_comment VARCHAR(1000);
ALTER TABLE complaint ADD COLUMN closed_at DATETIME(6);
ALTER TABLE complaint ADD COLUMN close_reason VARCHAR(20);
ALTER TABLE complaint ADD COLUMN forwarded_to VARCHAR(40);
ALTER TABLE complaint ADD COLUMN hoax_clarification_url VARCHAR(1000);
ALTER TABLE complaint ADD COLUMN joint_follow_up TEXT;
CREATE INDEX ix_complaint_category_created ON complaint (category_code, created_at);
CREATE INDEX ix_complaint_thread ON complaint (thread_id);

CREATE TABLE complaint_escalation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT       NOT NULL,
    dedup_key    VARCHAR(120) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    level        INT          NOT NULL,
    recipients   VARCHAR(500) NOT NULL,
    escalated_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_escalation_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_escalation_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_escalation_complaint ON complaint_escalation (complaint_id);

CREATE TABLE coordination_contribution (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT        NOT NULL,
    dedup_key    VARCHAR(120)  NOT NULL,
    opd_code     VARCHAR(32)   NOT NULL,
    contribution TEXT          NOT NULL,
    evidence_url VARCHAR(1000),
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_contribution_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_contribution_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

-- Days on which no working-day deadline runs; the operator edits them (PUT/DELETE /api/holidays/{date}).
CREATE TABLE holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL
);

-- Who receives escalations addressed to a province-wide role (SEKDA, GOVERNOR_OFFICE, DISKOMINFO_HEAD).
CREATE TABLE escalation_contact (
    role  VARCHAR(40)  NOT NULL PRIMARY KEY,
    name  VARCHAR(200) NOT NULL,
    email VARCHAR(200) NOT NULL
);

-- Where complaints outside the province's authority are forwarded (regencies, cities, SP4N-LAPOR!).
CREATE TABLE forward_target (
    code  VARCHAR(40)  NOT NULL PRIMARY KEY,
    name  VARCHAR(200) NOT NULL,
    kind  VARCHAR(20)  NOT NULL,
    email VARCHAR(200)
);

-- Indonesian national holidays and joint leave 2026 (SKB 3 Menteri); check against the decree in force.
INSERT INTO holiday (holiday_date, name) VALUES
  ('2026-01-01', 'Tahun Baru 2026 Masehi'),
  ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  ('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
  ('2026-03-20', 'Idul Fitri 1447 Hijriah'),
  ('2026-03-21', 'Idul Fitri 1447 Hijriah'),
  ('2026-04-03', 'Wafat Yesus Kristus'),
  ('2026-05-01', 'Hari Buruh Internasional'),
  ('2026-05-14', 'Kenaikan Yesus Kristus'),
  ('2026-05-27', 'Idul Adha 1447 Hijriah'),
  ('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  ('2026-06-01', 'Hari Lahir Pancasila'),
  ('2026-06-16', 'Tahun Baru Islam 1448 Hijriah'),
  ('2026-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  ('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  ('2026-12-25', 'Hari Raya Natal');
