-- The weekly check of ASN/THL accounts: whether the account still exists and when it last posted;
-- an account found gone is told to its OPD once (gone_notified_at).
ALTER TABLE staff_account ADD COLUMN check_state VARCHAR(20);
ALTER TABLE staff_account ADD COLUMN checked_at DATETIME(6);
ALTER TABLE staff_account ADD COLUMN last_post_at DATETIME(6);
ALTER TABLE staff_account ADD COLUMN posts_last_7_days INT;
ALTER TABLE staff_account ADD COLUMN gone_notified_at DATETIME(6);
