-- Retention of the social inbox: when the sender and text of an interaction were erased (nightly job of
-- personal-data-retention.bpmn, docs/privacy.md); an erased interaction is never selected again.
ALTER TABLE social_interaction ADD COLUMN personal_data_erased_at DATETIME(6);
