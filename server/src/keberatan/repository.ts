import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';

/** A stored attachment (keberatan.lampiran item). */
export interface LampiranTersimpan {
  id: string;
  nama: string;
  kunciPenyimpanan: string;
  mime: string;
  ukuran: number;
  sha256?: string;
  diunggahAt?: string;
}

/** A stored explanation (keberatan.klarifikasi item). */
export interface KlarifikasiTersimpan {
  id?: string;
  dari: 'ATASAN' | 'PEGAWAI' | 'PENILAI';
  kepada?: 'PEGAWAI' | 'PENILAI' | null;
  olehId: string;
  olehNama?: string;
  pesan: string;
  at: string;
}

/** The evaluation a keberatan is filed against, with what the filing checks. */
export interface EvaluasiKeberatanRow {
  id: string;
  pegawai_id: string;
  status: string;
  pejabat_penilai_id: string | null;
  atasan_penilai_id: string | null;
  predikat: string | null;
  /** Delivery of the final result: the keberatan window counts from here. */
  disampaikan_at: Date | string | null;
  final_at: Date | string | null;
  p_jenis: string;
  p_tahun: number;
  p_nomor: number;
  /** The aturan penilaian version of the period (the keberatan days). */
  p_aturan_versi: number | null;
  ada_keberatan: boolean;
}

export interface KeberatanRow {
  id: string;
  evaluasi_id: string;
  pegawai_id: string;
  alasan: string;
  lampiran: LampiranTersimpan[];
  status: string;
  klarifikasi: KlarifikasiTersimpan[];
  hasil: string | null;
  alasan_keputusan: string | null;
  diputuskan_oleh: string | null;
  diputuskan_oleh_nama: string | null;
  diputuskan_at: Date | string | null;
  created_at: Date | string;
  e_status: string;
  rating_hasil_kerja: string | null;
  rating_perilaku: string | null;
  predikat: string | null;
  umpan_balik_hasil_kerja: string | null;
  umpan_balik_perilaku: string | null;
  disampaikan_at: Date | string | null;
  diterima_at: Date | string | null;
  pejabat_penilai_id: string | null;
  atasan_penilai_id: string | null;
  unit_id: string;
  unit_nama: string;
  periode_id: string;
  p_jenis: string;
  p_tahun: number;
  p_nomor: number;
  p_aturan_versi: number | null;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan_nama: string | null;
}

const KEBERATAN_SELECT = sql`
  SELECT k.id, k.evaluasi_id, k.pegawai_id, k.alasan, k.lampiran, k.status, k.klarifikasi, k.hasil, k.alasan_keputusan,
         k.diputuskan_oleh, dp.nama AS diputuskan_oleh_nama, k.diputuskan_at, k.created_at,
         e.status AS e_status, e.rating_hasil_kerja, e.rating_perilaku, e.predikat, e.umpan_balik_hasil_kerja, e.umpan_balik_perilaku,
         e.disampaikan_at, e.diterima_at, e.pejabat_penilai_id, e.atasan_penilai_id, e.unit_id, u.nama AS unit_nama,
         pp.id AS periode_id, pp.jenis AS p_jenis, pp.tahun AS p_tahun, pp.nomor AS p_nomor, pp.aturan_versi AS p_aturan_versi,
         p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama
    FROM keberatan k
    JOIN evaluasi e ON e.instansi_id = k.instansi_id AND e.id = k.evaluasi_id
    JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
    JOIN unit_kerja u ON u.instansi_id = e.instansi_id AND u.id = e.unit_id
    JOIN pegawai p ON p.instansi_id = k.instansi_id AND p.id = k.pegawai_id
    LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
    LEFT JOIN pegawai dp ON dp.instansi_id = k.instansi_id AND dp.id = k.diputuskan_oleh`;

export const keberatanRepository = {
  async evaluasi(db: DbOrTx, instansiId: string, id: string): Promise<EvaluasiKeberatanRow | null> {
    const [row] = await queryRows<EvaluasiKeberatanRow>(
      db,
      sql`SELECT e.id, e.pegawai_id, e.status, e.pejabat_penilai_id, e.atasan_penilai_id, e.predikat, e.disampaikan_at, e.final_at,
                 pp.jenis AS p_jenis, pp.tahun AS p_tahun, pp.nomor AS p_nomor, pp.aturan_versi AS p_aturan_versi,
                 EXISTS (SELECT 1 FROM keberatan k WHERE k.instansi_id = e.instansi_id AND k.evaluasi_id = e.id) AS ada_keberatan
            FROM evaluasi e JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
           WHERE e.instansi_id = ${instansiId} AND e.id = ${id}`,
    );
    return row ?? null;
  },

  async get(db: DbOrTx, instansiId: string, id: string): Promise<KeberatanRow | null> {
    const [row] = await queryRows<KeberatanRow>(db, sql`${KEBERATAN_SELECT} WHERE k.instansi_id = ${instansiId} AND k.id = ${id}`);
    return row ?? null;
  },

  /** Locks a keberatan for a change until the transaction ends; its current status and lists. */
  async lock(tx: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<{ status: string; lampiran: LampiranTersimpan[]; klarifikasi: KlarifikasiTersimpan[] }>(
      tx,
      sql`SELECT status, lampiran, klarifikasi FROM keberatan WHERE instansi_id = ${instansiId} AND id = ${id} FOR UPDATE`,
    );
    return row ?? null;
  },

  /** Keberatan of one side: filed by the pegawai, decided by the atasan (or, with none recorded, BKPSDM), about a penilai's rating. */
  list(db: DbOrTx, instansiId: string, f: { peran: 'saya' | 'putuskan' | 'penilai'; pegawaiId: string; bkpsdm: boolean }) {
    const where =
      f.peran === 'saya'
        ? sql`k.pegawai_id = ${f.pegawaiId}`
        : f.peran === 'penilai'
          ? sql`e.pejabat_penilai_id = ${f.pegawaiId}`
          : f.bkpsdm
            ? sql`(e.atasan_penilai_id = ${f.pegawaiId} OR e.atasan_penilai_id IS NULL)`
            : sql`e.atasan_penilai_id = ${f.pegawaiId}`;
    return queryRows<KeberatanRow>(db, sql`${KEBERATAN_SELECT} WHERE k.instansi_id = ${instansiId} AND ${where} ORDER BY k.status = 'DIPUTUS', k.created_at DESC LIMIT 500`);
  },

  /** Values a keberatan decision replaced (evaluasi_riwayat), oldest first. */
  riwayat(db: DbOrTx, instansiId: string, evaluasiId: string) {
    return queryRows<{ sebelum: { ratingHasilKerja?: string | null; ratingPerilaku?: string | null; predikat?: string | null }; alasan: string; created_at: Date | string }>(
      db,
      sql`SELECT sebelum, alasan, created_at FROM evaluasi_riwayat WHERE instansi_id = ${instansiId} AND evaluasi_id = ${evaluasiId} ORDER BY created_at, id`,
    );
  },

  /** Nothing returned when the evaluation already has a keberatan. */
  async insert(tx: DbOrTx, v: { instansiId: string; evaluasiId: string; pegawaiId: string; alasan: string; at: Date }) {
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO keberatan (instansi_id, evaluasi_id, pegawai_id, alasan, created_at)
          VALUES (${v.instansiId}, ${v.evaluasiId}, ${v.pegawaiId}, ${v.alasan}, ${v.at.toISOString()}::timestamptz)
          ON CONFLICT (instansi_id, evaluasi_id) DO NOTHING RETURNING id`,
    );
    return row ?? null;
  },

  tambahKlarifikasi: (tx: DbOrTx, instansiId: string, id: string, item: KlarifikasiTersimpan, status: string) =>
    queryRows<{ id: string }>(
      tx,
      sql`UPDATE keberatan SET klarifikasi = klarifikasi || ${JSON.stringify([item])}::jsonb, status = ${status}
           WHERE instansi_id = ${instansiId} AND id = ${id} AND status <> 'DIPUTUS' RETURNING id`,
    ),

  tambahLampiran: (tx: DbOrTx, instansiId: string, id: string, item: LampiranTersimpan) =>
    queryRows<{ id: string }>(
      tx,
      sql`UPDATE keberatan SET lampiran = lampiran || ${JSON.stringify([item])}::jsonb
           WHERE instansi_id = ${instansiId} AND id = ${id} AND status <> 'DIPUTUS' RETURNING id`,
    ),

  putuskan: (tx: DbOrTx, instansiId: string, id: string, v: { hasil: string; alasan: string; olehId: string; at: Date }) =>
    queryRows<{ id: string }>(
      tx,
      sql`UPDATE keberatan SET status = 'DIPUTUS', hasil = ${v.hasil}, alasan_keputusan = ${v.alasan}, diputuskan_oleh = ${v.olehId},
                 diputuskan_at = ${v.at.toISOString()}::timestamptz
           WHERE instansi_id = ${instansiId} AND id = ${id} AND status <> 'DIPUTUS' RETURNING id`,
    ),

  /** Pegawai holding an ADMIN_BKPSDM account: they record decisions when no atasan pejabat penilai is on record. */
  async adminBkpsdmIds(db: DbOrTx, instansiId: string): Promise<string[]> {
    const rows = await queryRows<{ pegawai_id: string }>(
      db,
      sql`SELECT DISTINCT a.pegawai_id FROM user_role r JOIN user_account a ON a.instansi_id = r.instansi_id AND a.id = r.user_id
           WHERE r.instansi_id = ${instansiId} AND r.role = 'ADMIN_BKPSDM' AND a.aktif`,
    );
    return rows.map((r) => r.pegawai_id);
  },
};
