-- The default complaint categories (topics from the seeds: roads, floods, garbage, tree felling,
-- traffic jams, ...). complaint-routing.dmn maps each code to an OPD; operators may add more.
INSERT INTO complaint_category (code, name) VALUES
  ('JALAN_RUSAK', 'Jalan dan jembatan rusak'),
  ('BANJIR', 'Banjir dan drainase'),
  ('SAMPAH', 'Sampah dan kebersihan'),
  ('POHON', 'Pohon tumbang dan penebangan pohon'),
  ('KEMACETAN', 'Kemacetan dan lalu lintas'),
  ('KESEHATAN', 'Layanan kesehatan'),
  ('PENDIDIKAN', 'Layanan pendidikan'),
  ('BANTUAN_SOSIAL', 'Bantuan sosial'),
  ('PERILAKU_APARATUR', 'Perilaku aparatur'),
  ('INFORMASI_PUBLIK', 'Informasi publik'),
  ('LAINNYA', 'Lainnya');
