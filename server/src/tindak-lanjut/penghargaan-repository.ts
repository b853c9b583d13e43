/** SQL of award rounds and awards. Every query filters on instansi_id first (the piagam check excepted: by id alone). */
import { EVALUASI_FINAL } from '@capaian/domain';
import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type DbOrTx } from '../db/client.js';
import { sqlList } from '../db/sql-list.js';

export interface RondeRow {
  id: string;
  nama: string;
  periode_id: string;
  p_jenis: string;
  p_tahun: number;
  p_nomor: number;
  p_aturan_versi: number | null;
  unit_id: string | null;
  unit_nama: string | null;
  predikat_minimum: string;
  status: string;
  nomor_keputusan: string | null;
  tanggal_keputusan: string | null;
  dibuat_oleh: string | null;
  row_version: number;
}

export interface PenghargaanRow {
  id: string;
  ronde_id: string;
  ronde_nama: string;
  ronde_status: string;
  nomor_keputusan: string | null;
  tanggal_keputusan: string | null;
  pegawai_id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan_nama: string | null;
  evaluasi_id: string;
  predikat: string | null;
  p_jenis: string;
  p_tahun: number;
  p_nomor: number;
  jenis: string;
  alasan: string | null;
  instansi_id: string;
}

const SELECT_RONDE = sql`
  SELECT r.id, r.nama, r.periode_id, pp.jenis AS p_jenis, pp.tahun AS p_tahun, pp.nomor AS p_nomor, pp.aturan_versi AS p_aturan_versi,
         r.unit_id, u.nama AS unit_nama, r.predikat_minimum, r.status, r.nomor_keputusan, r.tanggal_keputusan::text AS tanggal_keputusan,
         r.dibuat_oleh, r.row_version
    FROM ronde_penghargaan r
    JOIN periode_penilaian pp ON pp.instansi_id = r.instansi_id AND pp.id = r.periode_id
    LEFT JOIN unit_kerja u ON u.instansi_id = r.instansi_id AND u.id = r.unit_id`;

const SELECT_PENGHARGAAN = sql`
  SELECT g.id, g.ronde_id, r.nama AS ronde_nama, r.status AS ronde_status, r.nomor_keputusan, r.tanggal_keputusan::text AS tanggal_keputusan,
         g.pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama, g.evaluasi_id, e.predikat,
         pp.jenis AS p_jenis, pp.tahun AS p_tahun, pp.nomor AS p_nomor, g.jenis, g.alasan, g.instansi_id
    FROM penghargaan g
    JOIN ronde_penghargaan r ON r.instansi_id = g.instansi_id AND r.id = g.ronde_id
    JOIN periode_penilaian pp ON pp.instansi_id = r.instansi_id AND pp.id = r.periode_id
    JOIN evaluasi e ON e.instansi_id = g.instansi_id AND e.id = g.evaluasi_id
    JOIN pegawai p ON p.instansi_id = g.instansi_id AND p.id = g.pegawai_id
    LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id`;

export const penghargaanRepository = {
  async insertRonde(db: DbOrTx, v: { instansiId: string; nama: string; periodeId: string; unitId: string | null; predikatMinimum: string; dibuatOleh: string; at: Date }) {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO ronde_penghargaan (instansi_id, nama, periode_id, unit_id, predikat_minimum, dibuat_oleh, created_at)
          VALUES (${v.instansiId}, ${v.nama}, ${v.periodeId}, ${v.unitId}, ${v.predikatMinimum}, ${v.dibuatOleh}, ${v.at.toISOString()}::timestamptz) RETURNING id`,
    );
    return row!.id;
  },

  async ronde(db: DbOrTx, instansiId: string, id: string): Promise<RondeRow | null> {
    const [row] = await queryRows<RondeRow>(db, sql`${SELECT_RONDE} WHERE r.instansi_id = ${instansiId} AND r.id = ${id}`);
    return row ?? null;
  },

  /** Rounds of the pemda (unitIds null) or of some perangkat daerah, newest first, with their candidate count. */
  listRonde(db: DbOrTx, instansiId: string, unitIds: readonly string[] | null) {
    return queryRows<RondeRow & { jumlah: number }>(
      db,
      sql`SELECT x.*, (SELECT count(*)::int FROM penghargaan g WHERE g.instansi_id = ${instansiId} AND g.ronde_id = x.id) AS jumlah
            FROM (${SELECT_RONDE} WHERE r.instansi_id = ${instansiId} ${unitIds ? sql`AND r.unit_id = ANY(${uuidArray(unitIds)})` : sql``}) x
           ORDER BY x.p_tahun DESC, x.nama`,
    );
  },

  /** Awards of a round, of some pegawai, or one by id. */
  penghargaan(db: DbOrTx, instansiId: string, f: { rondeId?: string; pegawaiIds?: readonly string[]; id?: string; diberikan?: boolean }) {
    return queryRows<PenghargaanRow>(
      db,
      sql`${SELECT_PENGHARGAAN}
          WHERE g.instansi_id = ${instansiId}
            ${f.rondeId ? sql`AND g.ronde_id = ${f.rondeId}` : sql``}
            ${f.pegawaiIds ? sql`AND g.pegawai_id = ANY(${uuidArray(f.pegawaiIds)})` : sql``}
            ${f.id ? sql`AND g.id = ${f.id}` : sql``}
            ${f.diberikan ? sql`AND r.status = 'DIPUTUSKAN'` : sql``}
          ORDER BY r.tanggal_keputusan DESC NULLS LAST, p.nama`,
    );
  },

  /** An award by id alone (the piagam's public check), with its instansi. */
  async penghargaanPublik(db: DbOrTx, id: string): Promise<PenghargaanRow | null> {
    const [row] = await queryRows<PenghargaanRow>(db, sql`${SELECT_PENGHARGAAN} WHERE g.id = ${id}`);
    return row ?? null;
  },

  /** A pegawai's evaluation of a period, whether final, and its unit. */
  async evaluasi(db: DbOrTx, instansiId: string, periodeId: string, pegawaiId: string) {
    const [row] = await queryRows<{ id: string; unit_id: string; predikat: string | null; final: boolean }>(
      db,
      sql`SELECT id, unit_id, predikat, status IN ${sqlList(EVALUASI_FINAL)} AS final FROM evaluasi
           WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId} AND pegawai_id = ${pegawaiId}`,
    );
    return row ?? null;
  },

  /** The tim penilai's PENGHARGAAN recommendations of a period, per pegawai. */
  rekomendasiPenghargaan(db: DbOrTx, instansiId: string, periodeId: string) {
    return queryRows<{ pegawai_id: string; catatan: string }>(
      db,
      sql`SELECT pegawai_id, catatan FROM rekomendasi_tim WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId} AND jenis = 'PENGHARGAAN'`,
    );
  },

  async insertCalon(db: DbOrTx, v: { instansiId: string; rondeId: string; pegawaiId: string; evaluasiId: string; jenis: string; alasan: string | null; at: Date }) {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO penghargaan (instansi_id, ronde_id, pegawai_id, evaluasi_id, jenis, alasan, created_at)
          VALUES (${v.instansiId}, ${v.rondeId}, ${v.pegawaiId}, ${v.evaluasiId}, ${v.jenis}, ${v.alasan}, ${v.at.toISOString()}::timestamptz)
          ON CONFLICT (instansi_id, ronde_id, pegawai_id, jenis) DO NOTHING RETURNING id`,
    );
    return row?.id ?? null;
  },

  async hapusCalon(db: DbOrTx, instansiId: string, rondeId: string, id: string) {
    const rows = await queryRows<{ id: string }>(db, sql`DELETE FROM penghargaan WHERE instansi_id = ${instansiId} AND ronde_id = ${rondeId} AND id = ${id} RETURNING id`);
    return rows.length > 0;
  },

  /** Claims the round at its version while still a draft (locks it against candidates added meanwhile). */
  async kunciDraft(db: DbOrTx, instansiId: string, id: string, rowVersion?: number) {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`SELECT id FROM ronde_penghargaan WHERE instansi_id = ${instansiId} AND id = ${id} AND status = 'DRAFT'
            ${rowVersion !== undefined ? sql`AND row_version = ${rowVersion}` : sql``} FOR UPDATE`,
    );
    return !!row;
  },

  async putuskan(db: DbOrTx, instansiId: string, id: string, v: { nomor: string; tanggal: string; oleh: string; at: Date }) {
    const [row] = await queryRows<{ row_version: number }>(
      db,
      sql`UPDATE ronde_penghargaan SET status = 'DIPUTUSKAN', nomor_keputusan = ${v.nomor}, tanggal_keputusan = ${v.tanggal}::date,
                 diputuskan_oleh = ${v.oleh}, diputuskan_at = ${v.at.toISOString()}::timestamptz, row_version = row_version + 1
           WHERE instansi_id = ${instansiId} AND id = ${id} AND status = 'DRAFT' RETURNING row_version`,
    );
    return row ?? null;
  },

  async instansiNama(db: DbOrTx, instansiId: string) {
    const [row] = await queryRows<{ nama: string }>(db, sql`SELECT nama FROM instansi WHERE id = ${instansiId}`);
    return row?.nama ?? '';
  },
};
