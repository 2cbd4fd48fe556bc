-- Social-media handles are case-insensitive (@Lalu.Wira is @lalu.wira): one person per handle and
-- platform, whatever the database's collation (the dev run's H2 compares case-sensitively).
ALTER TABLE staff_account ADD COLUMN handle_key VARCHAR(100) NOT NULL DEFAULT '';
UPDATE staff_account SET handle_key = LOWER(handle);
CREATE UNIQUE INDEX uq_staff_account_handle_key ON staff_account (platform, handle_key);
