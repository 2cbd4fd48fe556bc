-- Programme information campaigns (issue 7): staff e-mail in the ASN/THL inventory, the campaigns,
-- the staff each one targets, the shares counted (one row per post), and the evaluation per OPD.

ALTER TABLE staff_member ADD COLUMN email VARCHAR(1000);

CREATE TABLE campaign (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme              VARCHAR(300)  NOT NULL,
    content_url            VARCHAR(500)  NOT NULL,
    target_all             BOOLEAN       NOT NULL,
    window_start           DATETIME(6)   NOT NULL,
    window_end             DATETIME(6)   NOT NULL,
    expected_participation INT           NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    published_at           DATETIME(6),
    invited_at             DATETIME(6),
    reminded_at            DATETIME(6),
    evaluated_at           DATETIME(6),
    closed_at              DATETIME(6),
    targeted               INT,
    participated           INT,
    shares                 INT,
    participation_rate     DECIMAL(5, 1),
    verdict                VARCHAR(30),
    evaluation_note        VARCHAR(2000),
    CONSTRAINT uq_campaign UNIQUE (content_url, window_start)
);
CREATE INDEX ix_campaign_pending ON campaign (published_at, id);
CREATE INDEX ix_campaign_evaluated ON campaign (evaluated_at);

CREATE TABLE campaign_target_opd (
    campaign_id BIGINT      NOT NULL,
    opd_code    VARCHAR(32) NOT NULL,
    PRIMARY KEY (campaign_id, opd_code),
    CONSTRAINT fk_campaign_target_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_target_opd FOREIGN KEY (opd_code) REFERENCES opd (code)
);

-- the staff a campaign targeted, fixed when the invitations go out
CREATE TABLE campaign_participant (
    campaign_id     BIGINT      NOT NULL,
    staff_id        VARCHAR(20) NOT NULL,
    opd_code        VARCHAR(32) NOT NULL,
    invited_at      DATETIME(6),
    reminded_at     DATETIME(6),
    shares          INT         NOT NULL DEFAULT 0,
    first_share_at  DATETIME(6),
    before_reminder BOOLEAN,
    verdict         VARCHAR(30),
    PRIMARY KEY (campaign_id, staff_id),
    CONSTRAINT fk_participant_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_participant_staff FOREIGN KEY (staff_id) REFERENCES staff_member (staff_id)
);
CREATE INDEX ix_participant_opd ON campaign_participant (campaign_id, opd_code);

-- one row per post: the same post counts once, whether submitted or detected
CREATE TABLE campaign_share (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    staff_id    VARCHAR(20)  NOT NULL,
    platform    VARCHAR(20)  NOT NULL,
    post_id     VARCHAR(100) NOT NULL,
    post_url    VARCHAR(500) NOT NULL,
    source      VARCHAR(10)  NOT NULL,
    posted_at   DATETIME(6)  NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_campaign_share UNIQUE (campaign_id, platform, post_id),
    CONSTRAINT fk_share_participant FOREIGN KEY (campaign_id, staff_id) REFERENCES campaign_participant (campaign_id, staff_id)
);

CREATE TABLE campaign_opd_result (
    campaign_id        BIGINT        NOT NULL,
    opd_code           VARCHAR(32)   NOT NULL,
    targeted           INT           NOT NULL,
    participated       INT           NOT NULL,
    shares             INT           NOT NULL,
    participation_rate DECIMAL(5, 1) NOT NULL,
    verdict            VARCHAR(30)   NOT NULL,
    PRIMARY KEY (campaign_id, opd_code),
    CONSTRAINT fk_opd_result_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
