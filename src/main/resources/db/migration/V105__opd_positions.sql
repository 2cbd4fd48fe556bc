-- Positions (jabatan) of an OPD that routing names, and the official who holds each today (issue 17).
-- complaint-routing.dmn decides only the OPD and the position (e.g. DPUPR / KABID_BINA_MARGA); the officials
-- register resolves the position to its holder when a case is routed, so a change of holder
-- (PUT /api/officials/<nip> with a position) takes effect on the next case without a model redeploy.
CREATE TABLE opd_position (
    opd_code   VARCHAR(32)  NOT NULL,
    code       VARCHAR(64)  NOT NULL,
    title      VARCHAR(200) NOT NULL,
    holder_nip VARCHAR(18),
    PRIMARY KEY (opd_code, code),
    CONSTRAINT fk_opd_position_opd FOREIGN KEY (opd_code) REFERENCES opd (code),
    CONSTRAINT fk_opd_position_holder FOREIGN KEY (holder_nip) REFERENCES official (nip)
);
CREATE INDEX idx_opd_position_holder ON opd_position (holder_nip);

-- An install that already holds the demo province keeps routing to the officials the DMN used to name
-- (a fresh install gets them from the demo data, or from the registry's screens and API).
INSERT INTO opd_position (opd_code, code, title, holder_nip) SELECT opd_code, 'KABID_BINA_MARGA', position_title, nip FROM official WHERE nip = '197203151998031004' AND opd_code = 'DPUPR';
INSERT INTO opd_position (opd_code, code, title, holder_nip) SELECT opd_code, 'KABID_KEDARURATAN_LOGISTIK', position_title, nip FROM official WHERE nip = '197508212000121002' AND opd_code = 'BPBD';
INSERT INTO opd_position (opd_code, code, title, holder_nip) SELECT opd_code, 'KABID_PENGELOLAAN_SAMPAH', position_title, nip FROM official WHERE nip = '197811042003122003' AND opd_code = 'DLHK';
INSERT INTO opd_position (opd_code, code, title, holder_nip) SELECT opd_code, 'KABID_LALU_LINTAS_JALAN', position_title, nip FROM official WHERE nip = '198002172005011005' AND opd_code = 'DISHUB';
INSERT INTO opd_position (opd_code, code, title, holder_nip) SELECT opd_code, 'KABID_PELAYANAN_KESEHATAN', position_title, nip FROM official WHERE nip = '197906302006042008' AND opd_code = 'DIKES';
INSERT INTO opd_position (opd_code, code, title, holder_nip) SELECT opd_code, 'KABID_PEMBINAAN_SMA', position_title, nip FROM official WHERE nip = '198104122006041011' AND opd_code = 'DIKBUD';
INSERT INTO opd_position (opd_code, code, title, holder_nip) SELECT opd_code, 'KABID_PERLINDUNGAN_JAMINAN_SOSIAL', position_title, nip FROM official WHERE nip = '197702252002122006' AND opd_code = 'DINSOS';
INSERT INTO opd_position (opd_code, code, title, holder_nip) SELECT opd_code, 'IRBAN_WILAYAH_I', position_title, nip FROM official WHERE nip = '197412081999031007' AND opd_code = 'INSPEKTORAT';
INSERT INTO opd_position (opd_code, code, title, holder_nip) SELECT opd_code, 'KABID_IKP', position_title, nip FROM official WHERE nip = '198306092009011003' AND opd_code = 'DISKOMINFOTIK';
