-- Decision 0017: realisasi_bulanan is kept by triggers on realisasi, in the transaction of every
-- write (the API, imports, the seed, FK cascades and SET NULL actions alike), by adding each
-- change: inserts per statement (one upsert of the statement's rows, ordered by key so concurrent
-- writers lock rows in the same order), updates and deletes per row, a key left without entries
-- dropped.
CREATE FUNCTION realisasi_bulanan_tambah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO realisasi_bulanan AS t (instansi_id, pegawai_id, bulan, indikator_id, rencana_aksi_id, jumlah, entri)
  SELECT b.instansi_id, b.pegawai_id, date_trunc('month', b.tanggal)::date, b.indikator_id,
         CASE WHEN b.indikator_id IS NULL THEN b.rencana_aksi_id END, COALESCE(sum(b.jumlah), 0), count(*)
    FROM baru b
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (instansi_id, pegawai_id, bulan, indikator_id, rencana_aksi_id)
  DO UPDATE SET jumlah = t.jumlah + excluded.jumlah, entri = t.entri + excluded.entri;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION realisasi_bulanan_kurang(x realisasi) RETURNS void LANGUAGE plpgsql AS $$
DECLARE sisa integer;
BEGIN
  UPDATE realisasi_bulanan t SET jumlah = t.jumlah - COALESCE(x.jumlah, 0), entri = t.entri - 1
   WHERE t.instansi_id = x.instansi_id AND t.pegawai_id = x.pegawai_id AND t.bulan = date_trunc('month', x.tanggal)::date
     AND t.indikator_id IS NOT DISTINCT FROM x.indikator_id
     AND t.rencana_aksi_id IS NOT DISTINCT FROM CASE WHEN x.indikator_id IS NULL THEN x.rencana_aksi_id END
  RETURNING t.entri INTO sisa;
  -- (No row: the roll-up was damaged outside these triggers; `capaian rekap periksa` reports it.)
  IF sisa = 0 THEN
    DELETE FROM realisasi_bulanan t
     WHERE t.instansi_id = x.instansi_id AND t.pegawai_id = x.pegawai_id AND t.bulan = date_trunc('month', x.tanggal)::date
       AND t.indikator_id IS NOT DISTINCT FROM x.indikator_id
       AND t.rencana_aksi_id IS NOT DISTINCT FROM CASE WHEN x.indikator_id IS NULL THEN x.rencana_aksi_id END
       AND t.entri = 0;
  END IF;
END $$;
--> statement-breakpoint
-- Updates and deletes are per row: they are few (an edit, a cascade), and a cascade reaching
-- realisasi by several foreign keys in one statement must count each row once.
CREATE FUNCTION realisasi_bulanan_ubah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM realisasi_bulanan_kurang(OLD);
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO realisasi_bulanan AS t (instansi_id, pegawai_id, bulan, indikator_id, rencana_aksi_id, jumlah, entri)
    VALUES (NEW.instansi_id, NEW.pegawai_id, date_trunc('month', NEW.tanggal)::date, NEW.indikator_id,
            CASE WHEN NEW.indikator_id IS NULL THEN NEW.rencana_aksi_id END, COALESCE(NEW.jumlah, 0), 1)
    ON CONFLICT (instansi_id, pegawai_id, bulan, indikator_id, rencana_aksi_id)
    DO UPDATE SET jumlah = t.jumlah + excluded.jumlah, entri = t.entri + excluded.entri;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER realisasi_bulanan_insert AFTER INSERT ON realisasi
  REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION realisasi_bulanan_tambah();
--> statement-breakpoint
CREATE TRIGGER realisasi_bulanan_update AFTER UPDATE ON realisasi FOR EACH ROW
  WHEN (OLD.instansi_id IS DISTINCT FROM NEW.instansi_id OR OLD.pegawai_id IS DISTINCT FROM NEW.pegawai_id
        OR OLD.tanggal IS DISTINCT FROM NEW.tanggal OR OLD.jumlah IS DISTINCT FROM NEW.jumlah
        OR OLD.indikator_id IS DISTINCT FROM NEW.indikator_id OR OLD.rencana_aksi_id IS DISTINCT FROM NEW.rencana_aksi_id)
  EXECUTE FUNCTION realisasi_bulanan_ubah();
--> statement-breakpoint
CREATE TRIGGER realisasi_bulanan_delete AFTER DELETE ON realisasi FOR EACH ROW EXECUTE FUNCTION realisasi_bulanan_ubah();
--> statement-breakpoint
-- Existing entries: the roll-up starts equal to them.
INSERT INTO realisasi_bulanan (instansi_id, pegawai_id, bulan, indikator_id, rencana_aksi_id, jumlah, entri)
SELECT instansi_id, pegawai_id, date_trunc('month', tanggal)::date, indikator_id,
       CASE WHEN indikator_id IS NULL THEN rencana_aksi_id END, COALESCE(sum(jumlah), 0), count(*)
  FROM realisasi
 GROUP BY 1, 2, 3, 4, 5;
