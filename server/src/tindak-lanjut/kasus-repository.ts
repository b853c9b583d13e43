/**
 * SQL of the pembinaan cases: the final results a sync reads, the set-based insert of proposals,
 * the lapse of proposals no longer supported, and the case list and updates. Every query filters on
 * instansi_id first.
 */
import { EVALUASI_FINAL } from '@capaian/domain';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, uuidArray, type DbOrTx } from '../db/client.js';
import { sqlList } from '../db/sql-list.js';

export interface HasilPegawaiRow {
  pegawai_id: string;
  evaluasi_id: string;
  periode_jenis: string;
  tahun: number;
  nomor: number;
  predikat: string;
  jabatan_jenis: string | null;
  /** The result is one the sync was triggered by (finalised or decided just now). */
  pemicu: boolean;
}

export interface KasusRow {
  id: string;
  pegawai_id: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  nip: string;
  jabatan_nama: string | null;
  unit_nama: string | null;
  jenis: string;
  kode_aturan: string;
  kunci: string;
  dasar_hukum: string;
  alasan: string;
  evaluasi_ids: string[];
  rentang: string | null;
  nilai: number | null;
  status: string;
  rencana: unknown;
  catatan_check_in: unknown;
  hasil: string | null;
  catatan_akhir: string | null;
  ditangani_oleh: string | null;
  ditangani_nama: string | null;
  diakui_at: Date | string | null;
  row_version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface UsulanBaru {
  pegawaiId: string;
  jenis: string;
  kodeAturan: string;
  kunci: string;
  dasarHukum: string;
  alasan: string;
  evaluasiIds: string[];
  rentang: string | null;
  nilai: number | null;
}

const SELECT_KASUS = sql`
  SELECT k.id, k.pegawai_id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, j.nama AS jabatan_nama, u.nama AS unit_nama,
         k.jenis, k.kode_aturan, k.kunci, k.dasar_hukum, k.alasan, k.evaluasi_ids::text[] AS evaluasi_ids, k.rentang, k.nilai, k.status,
         k.rencana, k.catatan_check_in, k.hasil, k.catatan_akhir, k.ditangani_oleh, d.nama AS ditangani_nama, k.diakui_at,
         k.row_version, k.created_at, k.updated_at
    FROM kasus_pembinaan k
    JOIN pegawai p ON p.instansi_id = k.instansi_id AND p.id = k.pegawai_id
    LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
    LEFT JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
    LEFT JOIN pegawai d ON d.instansi_id = k.instansi_id AND d.id = k.ditangani_oleh`;

export interface SaringanKasus {
  pegawaiIds: readonly string[] | null;
  status?: string | undefined;
  jenis?: string | undefined;
}

/** The one filter of the case list and its count. */
const saring = (instansiId: string, f: SaringanKasus) => sql`k.instansi_id = ${instansiId}
  ${f.pegawaiIds ? sql`AND k.pegawai_id = ANY(${uuidArray(f.pegawaiIds)})` : sql``}
  ${f.status ? sql`AND k.status = ${f.status}` : sql``}
  ${f.jenis ? sql`AND k.jenis = ${f.jenis}` : sql``}`;

export const kasusRepository = {
  /**
   * Every final result (with a predikat) of the pegawai that `siapa` selects, with the period's
   * kind and place and the pegawai's jabatan type: what the case rules read.
   */
  hasilPegawai(db: DbOrTx, instansiId: string, siapa: SQL, pemicu: SQL) {
    return queryRows<HasilPegawaiRow>(
      db,
      sql`SELECT e.pegawai_id, e.id AS evaluasi_id, pp.jenis AS periode_jenis, pp.tahun, pp.nomor, e.predikat, j.jenis AS jabatan_jenis, (${pemicu}) AS pemicu
            FROM evaluasi e
            JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
            JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
            LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE e.instansi_id = ${instansiId} AND e.status IN ${sqlList(EVALUASI_FINAL)} AND e.predikat IS NOT NULL
             AND e.pegawai_id IN (${siapa})`,
    );
  },

  /** The pegawai of a period's evaluations in some units (a finalisation), as a sub-select, and which results triggered it. */
  finalisasi: (instansiId: string, periodeId: string, unitIds: readonly string[]) => ({
    siapa: sql`SELECT pegawai_id FROM evaluasi WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId} AND unit_id = ANY(${uuidArray(unitIds)})`,
    pemicu: sql`e.periode_id = ${periodeId} AND e.unit_id = ANY(${uuidArray(unitIds)})`,
  }),
  /** One pegawai's results after a decision on one of them. */
  keputusan: (pegawaiId: string, evaluasiId: string) => ({ siapa: sql`SELECT ${pegawaiId}::uuid`, pemicu: sql`e.id = ${evaluasiId}` }),

  /** Inserts the proposals not made before (by pegawai and key), in one statement; returns the new ones. */
  insertUsulan(db: DbOrTx, instansiId: string, usulan: readonly UsulanBaru[], at: Date) {
    if (usulan.length === 0) return Promise.resolve([] as Array<{ id: string; pegawai_id: string; jenis: string }>);
    return queryRows<{ id: string; pegawai_id: string; jenis: string }>(
      db,
      sql`INSERT INTO kasus_pembinaan (instansi_id, pegawai_id, jenis, kode_aturan, kunci, dasar_hukum, alasan, evaluasi_ids, rentang, nilai, created_at, updated_at)
          SELECT ${instansiId}, x."pegawaiId", x.jenis, x."kodeAturan", x.kunci, x."dasarHukum", x.alasan,
                 ARRAY(SELECT jsonb_array_elements_text(x."evaluasiIds"))::uuid[], x.rentang, x.nilai, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
            FROM jsonb_to_recordset(${JSON.stringify(usulan)}::jsonb)
                 AS x("pegawaiId" uuid, jenis text, "kodeAturan" text, kunci text, "dasarHukum" text, alasan text, "evaluasiIds" jsonb, rentang text, nilai int)
          ON CONFLICT (instansi_id, pegawai_id, kunci) DO NOTHING
          RETURNING id, pegawai_id, jenis`,
    );
  },

  /**
   * Open result-based cases of these pegawai whose key is no longer proposed (a keberatan changed
   * a result they were built on) lapse: GUGUR with the reason. Returns the lapsed ones.
   */
  gugurkan(db: DbOrTx, instansiId: string, pegawaiIds: readonly string[], kunciMasihAda: readonly string[], alasan: string, at: Date) {
    return queryRows<{ id: string; pegawai_id: string; status_lama: string }>(
      db,
      sql`UPDATE kasus_pembinaan k SET status = 'GUGUR', catatan_akhir = ${alasan}, row_version = k.row_version + 1, updated_at = ${at.toISOString()}::timestamptz
            FROM (SELECT id, status AS status_lama FROM kasus_pembinaan
                   WHERE instansi_id = ${instansiId} AND pegawai_id = ANY(${uuidArray(pegawaiIds)})
                     AND jenis <> 'DISIPLIN' AND status IN ('DIUSULKAN', 'DITINDAKLANJUTI')
                     AND kunci NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(kunciMasihAda)}::jsonb))
                   FOR UPDATE) lama
           WHERE k.instansi_id = ${instansiId} AND k.id = lama.id
          RETURNING k.id, k.pegawai_id, lama.status_lama`,
    );
  },

  /** The attendance of some pegawai between two dates (the discipline rules read it). */
  kehadiran(db: DbOrTx, instansiId: string, pegawaiIds: readonly string[], dari: string, sampai: string) {
    return queryRows<{ pegawai_id: string; tanggal: string; status: string; jam_masuk: string | null; jam_pulang: string | null }>(
      db,
      sql`SELECT pegawai_id, tanggal::text AS tanggal, status, jam_masuk, jam_pulang FROM kehadiran
           WHERE instansi_id = ${instansiId} AND pegawai_id = ANY(${uuidArray(pegawaiIds)}) AND tanggal BETWEEN ${dari}::date AND ${sampai}::date`,
    );
  },

  async get(db: DbOrTx, instansiId: string, id: string): Promise<KasusRow | null> {
    const [row] = await queryRows<KasusRow>(db, sql`${SELECT_KASUS} WHERE k.instansi_id = ${instansiId} AND k.id = ${id}`);
    return row ?? null;
  },

  /** A page of cases of the given pegawai (all when null), newest first. */
  list(db: DbOrTx, instansiId: string, f: SaringanKasus & { limit: number; offset: number }) {
    return queryRows<KasusRow>(db, sql`${SELECT_KASUS} WHERE ${saring(instansiId, f)} ORDER BY k.created_at DESC, k.id LIMIT ${f.limit} OFFSET ${f.offset}`);
  },

  async total(db: DbOrTx, instansiId: string, f: SaringanKasus) {
    const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM kasus_pembinaan k WHERE ${saring(instansiId, f)}`);
    return row?.n ?? 0;
  },

  /** Applies `set` when the row is still at `rowVersion`; null when someone changed it first. */
  async ubah(db: DbOrTx, instansiId: string, id: string, rowVersion: number, set: SQL, at: Date) {
    const [row] = await queryRows<{ row_version: number }>(
      db,
      sql`UPDATE kasus_pembinaan SET ${set}, row_version = row_version + 1, updated_at = ${at.toISOString()}::timestamptz
           WHERE instansi_id = ${instansiId} AND id = ${id} AND row_version = ${rowVersion}
          RETURNING row_version`,
    );
    return row ?? null;
  },
};
