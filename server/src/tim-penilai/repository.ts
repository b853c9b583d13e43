import { EVALUASI_FINAL } from '@capaian/domain';
import { sqlList } from '../db/sql-list.js';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';


export interface TimRow {
  id: string;
  tahun: number;
  nama: string;
  nomor_sk: string | null;
  anggota: Array<{ pegawaiId: string; peran: string }>;
  created_at: Date | string;
}

export interface PegawaiAnggotaRow {
  id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  status: string;
  jabatan_nama: string | null;
  unit_nama: string | null;
}

export interface HasilRow {
  evaluasi_id: string;
  pegawai_id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan_nama: string | null;
  unit_id: string;
  unit_nama: string;
  status: string;
  rating_hasil_kerja: string | null;
  rating_perilaku: string | null;
  predikat: string | null;
}

export interface RekomendasiRow {
  id: string;
  tim_id: string;
  periode_id: string;
  pegawai_id: string;
  jenis: string;
  catatan: string;
  oleh_id: string | null;
  oleh_nama: string | null;
  created_at: Date | string;
}

const TIM_COLS = sql`id, tahun, nama, nomor_sk, anggota, created_at`;
const REKOMENDASI_SELECT = sql`
  SELECT r.id, r.tim_id, r.periode_id, r.pegawai_id, r.jenis, r.catatan, r.oleh_id, p.nama AS oleh_nama, r.created_at
    FROM rekomendasi_tim r LEFT JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.oleh_id`;

export const timPenilaiRepository = {
  /** Teams of the instansi (of a year), or only those `anggotaId` belongs to. */
  list(db: DbOrTx, instansiId: string, f: { tahun?: number | undefined; anggotaId?: string | undefined }) {
    return queryRows<TimRow>(
      db,
      sql`SELECT ${TIM_COLS} FROM tim_penilai
           WHERE instansi_id = ${instansiId}
             ${f.tahun ? sql`AND tahun = ${f.tahun}` : sql``}
             ${f.anggotaId ? sql`AND anggota @> ${JSON.stringify([{ pegawaiId: f.anggotaId }])}::jsonb` : sql``}
           ORDER BY tahun DESC, created_at DESC`,
    );
  },

  async get(db: DbOrTx, instansiId: string, id: string): Promise<TimRow | null> {
    const [row] = await queryRows<TimRow>(db, sql`SELECT ${TIM_COLS} FROM tim_penilai WHERE instansi_id = ${instansiId} AND id = ${id}`);
    return row ?? null;
  },

  async insert(tx: DbOrTx, instansiId: string, v: { tahun: number; nama: string; nomorSk: string | null; anggota: unknown; at: Date }) {
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO tim_penilai (instansi_id, tahun, nama, nomor_sk, anggota, created_at)
          VALUES (${instansiId}, ${v.tahun}, ${v.nama}, ${v.nomorSk}, ${JSON.stringify(v.anggota)}::jsonb, ${v.at.toISOString()}::timestamptz) RETURNING id`,
    );
    return row!.id;
  },

  update: (tx: DbOrTx, instansiId: string, id: string, v: { tahun: number; nama: string; nomorSk: string | null; anggota: unknown }) =>
    queryRows<{ id: string }>(
      tx,
      sql`UPDATE tim_penilai SET tahun = ${v.tahun}, nama = ${v.nama}, nomor_sk = ${v.nomorSk}, anggota = ${JSON.stringify(v.anggota)}::jsonb
           WHERE instansi_id = ${instansiId} AND id = ${id} RETURNING id`,
    ),

  pegawai(db: DbOrTx, instansiId: string, ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([] as PegawaiAnggotaRow[]);
    return queryRows<PegawaiAnggotaRow>(
      db,
      sql`SELECT p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.status, j.nama AS jabatan_nama, u.nama AS unit_nama
            FROM pegawai p
            LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            LEFT JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
           WHERE p.instansi_id = ${instansiId} AND p.id = ANY(${uuidArray(ids)})`,
    );
  },

  periodeOfTahun(db: DbOrTx, instansiId: string, tahun: number) {
    return queryRows<{ id: string; jenis: string; tahun: number; nomor: number; status: string; selesai: string }>(
      db,
      sql`SELECT id, jenis, tahun, nomor, status, selesai::text AS selesai FROM periode_penilaian
           WHERE instansi_id = ${instansiId} AND tahun = ${tahun}
           ORDER BY jenis = 'TAHUNAN' DESC, selesai DESC`,
    );
  },

  /** Final results (FINAL, under keberatan, or decided) of a period, with the pegawai. */
  hasil(db: DbOrTx, instansiId: string, periodeId: string, f: { pegawaiId?: string; predikat?: string | undefined } = {}) {
    return queryRows<HasilRow>(
      db,
      sql`SELECT e.id AS evaluasi_id, e.pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama,
                 e.unit_id, u.nama AS unit_nama, e.status, e.rating_hasil_kerja, e.rating_perilaku, e.predikat
            FROM evaluasi e
            JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
            LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            JOIN unit_kerja u ON u.instansi_id = e.instansi_id AND u.id = e.unit_id
           WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId} AND e.status IN ${sqlList(EVALUASI_FINAL)}
             ${f.pegawaiId ? sql`AND e.pegawai_id = ${f.pegawaiId}` : sql``}
             ${f.predikat ? sql`AND e.predikat = ${f.predikat}` : sql``}
           ORDER BY u.nama, p.nama`,
    );
  },

  rekomendasi(db: DbOrTx, instansiId: string, timId: string, periodeId: string) {
    return queryRows<RekomendasiRow>(db, sql`${REKOMENDASI_SELECT} WHERE r.instansi_id = ${instansiId} AND r.tim_id = ${timId} AND r.periode_id = ${periodeId} ORDER BY r.created_at`);
  },

  async rekomendasiById(db: DbOrTx, instansiId: string, id: string): Promise<RekomendasiRow | null> {
    const [row] = await queryRows<RekomendasiRow>(db, sql`${REKOMENDASI_SELECT} WHERE r.instansi_id = ${instansiId} AND r.id = ${id}`);
    return row ?? null;
  },

  async insertRekomendasi(tx: DbOrTx, v: { instansiId: string; timId: string; periodeId: string; pegawaiId: string; jenis: string; catatan: string; olehId: string; at: Date }) {
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO rekomendasi_tim (instansi_id, tim_id, periode_id, pegawai_id, jenis, catatan, oleh_id, created_at)
          VALUES (${v.instansiId}, ${v.timId}, ${v.periodeId}, ${v.pegawaiId}, ${v.jenis}, ${v.catatan}, ${v.olehId}, ${v.at.toISOString()}::timestamptz)
          RETURNING id`,
    );
    return row!.id;
  },
};
