-- The joint leave (cuti bersama) of 2026 and the days V3 left out, from the SKB of the Minister of Religious Affairs,
-- the Minister of Manpower and the Minister of State Apparatus Empowerment and Bureaucratic Reform No. 1497/2025,
-- 2/2025 and 5/2025 (19 September 2025): 17 national holidays and 8 days of joint leave. V3 had the national
-- holidays only, and 20 March (joint leave) named as Idul Fitri (21-22 March). Then the holidays of 2027 that fall on
-- fixed dates by law; 2027's religious holidays and joint leave come from its own SKB, which Diskominfo enters at
-- /data-induk/hari-libur (the page says so while a year holds only fixed dates). A day an operator has already set
-- is left as it is.
UPDATE holiday SET name = 'Cuti Bersama Idul Fitri 1447 Hijriah'
 WHERE holiday_date = DATE '2026-03-20' AND name = 'Idul Fitri 1447 Hijriah';

INSERT INTO holiday (holiday_date, name) SELECT DATE '2026-02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2026-02-16');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2026-03-18', 'Cuti Bersama Hari Suci Nyepi Tahun Baru Saka 1948' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2026-03-18');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2026-03-22', 'Idul Fitri 1447 Hijriah' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2026-03-22');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2026-03-23', 'Cuti Bersama Idul Fitri 1447 Hijriah' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2026-03-23');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2026-03-24', 'Cuti Bersama Idul Fitri 1447 Hijriah' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2026-03-24');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2026-04-05');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2026-05-15');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2026-05-28', 'Cuti Bersama Idul Adha 1447 Hijriah' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2026-05-28');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2026-12-24');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2027-01-01', 'Tahun Baru 2027 Masehi' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2027-01-01');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2027-05-01', 'Hari Buruh Internasional' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2027-05-01');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2027-06-01', 'Hari Lahir Pancasila' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2027-06-01');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2027-08-17', 'Hari Kemerdekaan Republik Indonesia' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2027-08-17');
INSERT INTO holiday (holiday_date, name) SELECT DATE '2027-12-25', 'Kelahiran Yesus Kristus' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM holiday WHERE holiday_date = DATE '2027-12-25');
