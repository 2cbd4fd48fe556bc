-- How many posts the account made in the 7 days before the check (read page by page).
ALTER TABLE compliance_check ADD COLUMN posts_last_7_days INT NOT NULL DEFAULT 0;
