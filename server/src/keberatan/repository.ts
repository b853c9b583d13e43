import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type DbOrTx } from '../db/client.js';
import { queryParsed, Waktu } from '../db/rows.js';

/** A stored attachment (keberatan.lampiran item). */
export const LampiranTersimpanSchema = z.object({
  id: z.string(),
  nama: z.string(),
  kunciPenyimpanan: z.string(),
  mime: z.string(),
  ukuran: z.number(),
  sha256: z.string().optional(),
  diunggahAt: z.string().optional(),
});
export type LampiranTersimpan = z.infer<typeof LampiranTersimpanSchema>;

/** A stored explanation (keberatan.klarifikasi item). */
export const KlarifikasiTersimpanSchema = z.object({
  id: z.string().optional(),
  dari: z.enum(['ATASAN', 'PEGAWAI', 'PENILAI']),
  kepada: z.enum(['PEGAWAI', 'PENILAI']).nullable().optional(),
  olehId: z.string(),
  olehNama: z.string().optional(),
  pesan: z.string(),
  at: z.string(),
});
export type KlarifikasiTersimpan = z.infer<typeof KlarifikasiTersimpanSchema>;

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

/** A keberatan with its evaluation, period and pegawai (KEBERATAN_SELECT); the jsonb lists are checked. */
export const KeberatanRowSchema = z.object({
  id: z.string(),
  evaluasi_id: z.string(),
  pegawai_id: z.string(),
  alasan: z.string(),
  lampiran: z.array(LampiranTersimpanSchema),
  status: z.string(),
  klarifikasi: z.array(KlarifikasiTersimpanSchema),
  hasil: z.string().nullable(),
  alasan_keputusan: z.string().nullable(),
  diputuskan_oleh: z.string().nullable(),
  diputuskan_oleh_nama: z.string().nullable(),
  diputuskan_at: Waktu.nullable(),
  created_at: Waktu,
  e_status: z.string(),
  rating_hasil_kerja: z.string().nullable(),
  rating_perilaku: z.string().nullable(),
  predikat: z.string().nullable(),
  umpan_balik_hasil_kerja: z.string().nullable(),
  umpan_balik_perilaku: z.string().nullable(),
  disampaikan_at: Waktu.nullable(),
  diterima_at: Waktu.nullable(),
  pejabat_penilai_id: z.string().nullable(),
  atasan_penilai_id: z.string().nullable(),
  unit_id: z.string(),
  unit_nama: z.string(),
  periode_id: z.string(),
  p_jenis: z.string(),
  p_tahun: z.number(),
  p_nomor: z.number(),
  p_aturan_versi: z.number().nullable(),
  nip: z.string(),
  nama: z.string(),
  gelar_depan: z.string().nullable(),
  gelar_belakang: z.string().nullable(),
  jabatan_nama: z.string().nullable(),
});
export type KeberatanRow = z.infer<typeof KeberatanRowSchema>;

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
    const [row] = await queryParsed(db, 'keberatan', KeberatanRowSchema, sql`${KEBERATAN_SELECT} WHERE k.instansi_id = ${instansiId} AND k.id = ${id}`);
    return row ?? null;
  },

  /** Locks a keberatan for a change until the transaction ends; its current status and lists. */
  async lock(tx: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryParsed(
      tx,
      'keberatan',
      z.object({ status: z.string(), lampiran: z.array(LampiranTersimpanSchema), klarifikasi: z.array(KlarifikasiTersimpanSchema) }),
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
    return queryParsed(db, 'keberatan', KeberatanRowSchema, sql`${KEBERATAN_SELECT} WHERE k.instansi_id = ${instansiId} AND ${where} ORDER BY k.status = 'DIPUTUS', k.created_at DESC LIMIT 500`);
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
