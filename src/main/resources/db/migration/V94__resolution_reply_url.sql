-- The OPD's public reply with its resolution, kept apart from the response's link, which the resolution used to
-- overwrite (the tracking page then showed the resolution's post as the response's).
ALTER TABLE complaint ADD COLUMN resolution_reply_url VARCHAR(1000);
