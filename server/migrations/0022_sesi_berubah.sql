-- Issue #15: each process caches resolved sessions for a few seconds (server/src/auth/simpanan-sesi.ts).
-- Whatever changes what a session resolves to — the session itself ends, the account's status,
-- NIP, pegawai or forced password change, the account's roles, the pegawai's name — tells every
-- process through the live-event channel in the same transaction (delivered on commit), so no code
-- path can forget to. One notification per user and statement (PostgreSQL folds identical payloads
-- of a transaction into one).
CREATE FUNCTION capaian_sesi_berubah(instansi uuid, pengguna uuid) RETURNS void LANGUAGE sql AS $$
  SELECT pg_notify('capaian_live', json_build_object('jenis', 'sesi', 'instansiId', instansi, 'userId', pengguna)::text)
$$;
--> statement-breakpoint
CREATE FUNCTION sesi_berubah_session() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM capaian_sesi_berubah(x.instansi_id, x.user_id) FROM (SELECT DISTINCT instansi_id, user_id FROM lama) x;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sesi_berubah AFTER DELETE ON session
  REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION sesi_berubah_session();
--> statement-breakpoint
CREATE FUNCTION sesi_berubah_akun() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM capaian_sesi_berubah(x.instansi_id, x.id) FROM (SELECT DISTINCT instansi_id, id FROM lama) x;
  ELSE
    PERFORM capaian_sesi_berubah(x.instansi_id, x.id)
       FROM (SELECT DISTINCT b.instansi_id, b.id FROM baru b JOIN lama l ON l.instansi_id = b.instansi_id AND l.id = b.id
              WHERE (l.aktif, l.nip, l.pegawai_id, l.must_change_password) IS DISTINCT FROM (b.aktif, b.nip, b.pegawai_id, b.must_change_password)) x;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sesi_berubah_update AFTER UPDATE ON user_account
  REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION sesi_berubah_akun();
--> statement-breakpoint
CREATE TRIGGER sesi_berubah_delete AFTER DELETE ON user_account
  REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION sesi_berubah_akun();
--> statement-breakpoint
CREATE FUNCTION sesi_berubah_peran() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM capaian_sesi_berubah(x.instansi_id, x.user_id) FROM (SELECT DISTINCT instansi_id, user_id FROM lama) x;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM capaian_sesi_berubah(x.instansi_id, x.user_id) FROM (SELECT DISTINCT instansi_id, user_id FROM baru) x;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sesi_berubah_insert AFTER INSERT ON user_role
  REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION sesi_berubah_peran();
--> statement-breakpoint
CREATE TRIGGER sesi_berubah_update AFTER UPDATE ON user_role
  REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION sesi_berubah_peran();
--> statement-breakpoint
CREATE TRIGGER sesi_berubah_delete AFTER DELETE ON user_role
  REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION sesi_berubah_peran();
--> statement-breakpoint
CREATE FUNCTION sesi_berubah_pegawai() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM capaian_sesi_berubah(a.instansi_id, a.id)
     FROM baru b JOIN lama l ON l.instansi_id = b.instansi_id AND l.id = b.id
     JOIN user_account a ON a.instansi_id = b.instansi_id AND a.pegawai_id = b.id
    WHERE l.nama IS DISTINCT FROM b.nama;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sesi_berubah_update AFTER UPDATE ON pegawai
  REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION sesi_berubah_pegawai();
