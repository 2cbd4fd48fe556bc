-- One outbox for everything the application tells the engine (issue 20, finding 11): process
-- starts and messages are written in the transaction of the change that causes them and relayed
-- after the commit, again and again with a growing pause until the engine takes them.
CREATE TABLE engine_outbox (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- MESSAGE: publish a message (also a message start event); START: create an instance of a process
    kind                 VARCHAR(10)  NOT NULL,
    -- the message name, or the BPMN process id for START
    name                 VARCHAR(100) NOT NULL,
    correlation_key      VARCHAR(200),
    -- unique: the engine rejects a message id it still remembers, so relaying a row twice is harmless
    message_id           VARCHAR(200) NOT NULL,
    variables            TEXT         NOT NULL,
    time_to_live_seconds BIGINT,
    created_at           DATETIME(6)  NOT NULL,
    published_at         DATETIME(6),
    attempts             INT          NOT NULL,
    last_error           VARCHAR(500),
    -- not before this moment (a retry's backoff, or the lease of the relay working on it)
    next_attempt_at      DATETIME(6),
    process_instance_key BIGINT,
    CONSTRAINT uq_engine_outbox_message UNIQUE (message_id)
);
CREATE INDEX ix_engine_outbox_due ON engine_outbox (published_at, next_attempt_at, id);

-- cases accepted but not yet started when this version is installed
INSERT INTO engine_outbox (kind, name, correlation_key, message_id, variables, time_to_live_seconds, created_at, published_at,
                           attempts, last_error, next_attempt_at)
SELECT 'MESSAGE', 'complaint-accepted', ticket, ticket, CONCAT('{"complaintId":', complaint_id, '}'), 3600, created_at, NULL,
       attempts, last_error, NULL
FROM process_start_outbox
WHERE published_at IS NULL;

DROP TABLE process_start_outbox;
