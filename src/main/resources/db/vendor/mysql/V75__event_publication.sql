-- Spring Modulith's event publication registry (spring-modulith-events-jdbc, schema-mysql.sql of 1.4):
-- an event to another module's @ApplicationModuleListener is stored with the publishing transaction and
-- marked complete when the listener's transaction commits; incomplete ones are published again at start-up.
-- The name is upper case as Modulith's statements spell it (MySQL table names are case-sensitive on Linux).
CREATE TABLE IF NOT EXISTS EVENT_PUBLICATION
(
  ID               VARCHAR(36) NOT NULL,
  LISTENER_ID      VARCHAR(512) NOT NULL,
  EVENT_TYPE       VARCHAR(512) NOT NULL,
  SERIALIZED_EVENT VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE TIMESTAMP(6) NOT NULL,
  COMPLETION_DATE  TIMESTAMP(6) DEFAULT NULL NULL,
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
);
