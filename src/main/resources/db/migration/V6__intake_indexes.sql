-- The duplicate check at intake looks for open cases of the same category near a point.
CREATE INDEX ix_complaint_category_geo ON complaint (category_code, latitude, longitude);
