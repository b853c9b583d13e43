/** SQL of sanctions. Every query filters on instansi_id first. */
import { sql } from 'drizzle-orm';
import type { SanksiBaru } from '@capaian/contract/tindak-lanjut';
import { queryRows, uuidArray, type DbOrTx } from '../db/client.js';

export interface SanksiRow {
  id: string;
  pegawai_id: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  nip: string;
  kasus_id: string | null;
  jenis: string;
  dasar_hukum: string;
  nomor: string;
  tanggal: string;
  pejabat_nama: string;
  pejabat_jabatan: string;
  uraian: string;
  dicatat_nama: string | null;
  diakui_at: Date | string | null;
  koreksi_dari: string | null;
  alasan_koreksi: string | null;
  dikoreksi_oleh: string | null;
  created_at: Date | string;
}

const SELECT = sql`
  SELECT s.id, s.pegawai_id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, s.kasus_id, s.jenis, s.dasar_hukum, s.nomor, s.tanggal::text AS tanggal,
         s.pejabat_nama, s.pejabat_jabatan, s.uraian, d.nama AS dicatat_nama, s.diakui_at, s.koreksi_dari, s.alasan_koreksi, s.dikoreksi_oleh, s.created_at
    FROM sanksi s
    JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id = s.pegawai_id
    LEFT JOIN pegawai d ON d.instansi_id = s.instansi_id AND d.id = s.dicatat_oleh`;

export const sanksiRepository = {
  list: (db: DbOrTx, instansiId: string, pegawaiIds: readonly string[] | null) =>
    queryRows<SanksiRow>(db, sql`${SELECT} WHERE s.instansi_id = ${instansiId} ${pegawaiIds ? sql`AND s.pegawai_id = ANY(${uuidArray(pegawaiIds)})` : sql``} ORDER BY s.tanggal DESC, s.created_at DESC`),
  async get(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<SanksiRow>(db, sql`${SELECT} WHERE s.instansi_id = ${instansiId} AND s.id = ${id}`);
    return row ?? null;
  },
  async insert(db: DbOrTx, instansiId: string, v: SanksiBaru & { dicatatOleh: string; koreksiDari: string | null; alasanKoreksi: string | null; at: Date }) {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO sanksi (instansi_id, pegawai_id, kasus_id, jenis, dasar_hukum, nomor, tanggal, pejabat_nama, pejabat_jabatan, uraian, dicatat_oleh, koreksi_dari, alasan_koreksi, created_at)
          VALUES (${instansiId}, ${v.pegawaiId}, ${v.kasusId ?? null}, ${v.jenis}, ${v.dasarHukum}, ${v.nomor}, ${v.tanggal}::date, ${v.pejabatNama}, ${v.pejabatJabatan}, ${v.uraian},
                  ${v.dicatatOleh}, ${v.koreksiDari}, ${v.alasanKoreksi}, ${v.at.toISOString()}::timestamptz)
          RETURNING id`,
    );
    return row!.id;
  },
  /** Marks a record corrected, once: false when it already was (or is not there). */
  async tandaiDikoreksi(db: DbOrTx, instansiId: string, id: string, oleh: string) {
    const rows = await queryRows<{ id: string }>(db, sql`UPDATE sanksi SET dikoreksi_oleh = ${oleh} WHERE instansi_id = ${instansiId} AND id = ${id} AND dikoreksi_oleh IS NULL RETURNING id`);
    return rows.length > 0;
  },
  async akui(db: DbOrTx, instansiId: string, id: string, at: Date) {
    const rows = await queryRows<{ id: string }>(db, sql`UPDATE sanksi SET diakui_at = ${at.toISOString()}::timestamptz WHERE instansi_id = ${instansiId} AND id = ${id} AND diakui_at IS NULL RETURNING id`);
    return rows.length > 0;
  },
  async pegawaiAda(db: DbOrTx, instansiId: string, pegawaiId: string, kasusId: string | undefined) {
    const [row] = await queryRows<{ p: boolean; k: boolean }>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM pegawai WHERE instansi_id = ${instansiId} AND id = ${pegawaiId}) AS p,
                 ${kasusId ? sql`EXISTS (SELECT 1 FROM kasus_pembinaan WHERE instansi_id = ${instansiId} AND id = ${kasusId} AND pegawai_id = ${pegawaiId})` : sql`true`} AS k`,
    );
    return row ?? { p: false, k: false };
  },
};
