-- Issue 12: an official account connected through the platform's own flow (Facebook Login for Business,
-- X OAuth 2.0 with PKCE, a WhatsApp Cloud system-user token) keeps its refresh token (X, encrypted like
-- the access token), when its token expires, when Tanggap found it broken (expired, revoked, refused)
-- and which notice about it went out, so that the owner and Diskominfo hear of it once, not every day.
ALTER TABLE official_account ADD COLUMN refresh_token VARCHAR(2000);
ALTER TABLE official_account ADD COLUMN token_expires_at DATETIME(6);
ALTER TABLE official_account ADD COLUMN connected_at DATETIME(6);
ALTER TABLE official_account ADD COLUMN connected_by VARCHAR(100);
ALTER TABLE official_account ADD COLUMN token_broken_at DATETIME(6);
ALTER TABLE official_account ADD COLUMN token_broken_reason VARCHAR(500);
-- the expiry the "akan kedaluwarsa" notice was sent for, and the breakage the "perlu dihubungkan ulang" notice was sent for
ALTER TABLE official_account ADD COLUMN expiry_notice_for DATETIME(6);
ALTER TABLE official_account ADD COLUMN broken_notice_for DATETIME(6);
