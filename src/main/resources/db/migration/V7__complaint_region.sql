-- The regency or city a complaint is about (optional), an input of complaint-routing.dmn.
ALTER TABLE complaint ADD COLUMN region VARCHAR(40);
