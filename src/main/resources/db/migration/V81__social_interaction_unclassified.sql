-- The classification sweep looks for the interactions still unclassified (class BELUM, state MENUNGGU)
-- oldest first, and the retention job for old interactions that never became a case; both by id order.
CREATE INDEX ix_social_interaction_class ON social_interaction (class_code, state, id);
