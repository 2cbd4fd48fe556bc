-- Diskominfo's register of hoax URLs and domains (matched on a normalised key), and the alerts sent
-- when a registered staff account's post links one: one alert per post.
CREATE TABLE hoax_entry (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(10)   NOT NULL,
    match_key         VARCHAR(500)  NOT NULL,
    address           VARCHAR(2000) NOT NULL,
    verdict           VARCHAR(20)   NOT NULL,
    clarification_url VARCHAR(2000) NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_hoax_entry UNIQUE (kind, match_key)
);
CREATE TABLE hoax_alert (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    platform   VARCHAR(20)  NOT NULL,
    post_id    VARCHAR(200) NOT NULL,
    hoax_id    BIGINT       NOT NULL,
    staff_id   VARCHAR(20)  NOT NULL,
    post_url   VARCHAR(500),
    alerted_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_hoax_alert UNIQUE (platform, post_id),
    CONSTRAINT fk_hoax_alert_entry FOREIGN KEY (hoax_id) REFERENCES hoax_entry (id)
);
