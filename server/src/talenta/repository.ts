/** SQL of the talent map. Every query filters on instansi_id first. */
import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type DbOrTx } from '../db/client.js';

export interface TalentaRow {
  id: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  nip: string;
  jabatan: string | null;
  jabatan_jenis: string | null;
  unit_id: string;
  unit: string | null;
  /** The annual predikat of the two latest years, newest first. */
  predikat: string[] | null;
  skor: number | null;
  sumber: string | null;
  tanggal: string | null;
}

export const talentaRepository = {
  /** Every active pegawai of the units (all when null) with their last two annual predikat and latest potential score. */
  pegawai: (db: DbOrTx, instansiId: string, unitIds: readonly string[] | null, jenisJabatan: readonly string[] | null, pegawaiId: string | null = null) =>
    queryRows<TalentaRow>(
      db,
      sql`SELECT p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, j.nama AS jabatan, j.jenis AS jabatan_jenis, j.unit_id, u.nama AS unit,
                 (SELECT array_agg(x.predikat ORDER BY x.tahun DESC) FROM (
                    SELECT pp.tahun, e.predikat FROM evaluasi e JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
                     WHERE e.instansi_id = p.instansi_id AND e.pegawai_id = p.id AND pp.jenis = 'TAHUNAN' AND e.final_at IS NOT NULL AND e.predikat IS NOT NULL
                     ORDER BY pp.tahun DESC LIMIT 2) x) AS predikat,
                 k.skor, k.sumber, k.tanggal::text AS tanggal
            FROM pegawai p
            JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            LEFT JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
            LEFT JOIN LATERAL (SELECT skor, sumber, tanggal FROM potensi_pegawai k WHERE k.instansi_id = p.instansi_id AND k.pegawai_id = p.id ORDER BY k.tanggal DESC, k.created_at DESC LIMIT 1) k ON true
           WHERE p.instansi_id = ${instansiId} ${pegawaiId ? sql`AND p.id = ${pegawaiId}` : sql`AND p.status = 'AKTIF'`}
             ${unitIds ? sql`AND j.unit_id = ANY(${uuidArray(unitIds)})` : sql``}
             ${jenisJabatan ? sql`AND j.jenis = ANY(${`{${jenisJabatan.join(',')}}`}::text[])` : sql``}
           ORDER BY p.nama, p.nip`,
    ),
  async adaPegawai(db: DbOrTx, instansiId: string, id: string) {
    const rows = await queryRows<{ id: string }>(db, sql`SELECT id FROM pegawai WHERE instansi_id = ${instansiId} AND id = ${id}`);
    return rows.length > 0;
  },
  pegawaiByNip: (db: DbOrTx, instansiId: string, nips: readonly string[]) =>
    queryRows<{ id: string; nip: string }>(db, sql`SELECT id, nip FROM pegawai WHERE instansi_id = ${instansiId} AND nip = ANY(${`{${nips.map((n) => n.replace(/[^0-9]/g, '')).join(',')}}`}::text[])`),
  async insertPotensi(db: DbOrTx, instansiId: string, rows: ReadonlyArray<{ pegawaiId: string; skor: number; sumber: string; tanggal: string }>, oleh: string, at: Date) {
    const out = await queryRows<{ id: string; skor: number; sumber: string; tanggal: string }>(
      db,
      sql`INSERT INTO potensi_pegawai (instansi_id, pegawai_id, skor, sumber, tanggal, dicatat_oleh, created_at)
          SELECT ${instansiId}, x."pegawaiId", x.skor, x.sumber, x.tanggal::date, ${oleh}, ${at.toISOString()}::timestamptz
            FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("pegawaiId" uuid, skor int, sumber text, tanggal text)
          RETURNING id, skor, sumber, tanggal::text AS tanggal`,
    );
    return out;
  },
  /** Posts nobody holds now (neither definitively nor as Plt/Plh) of the levels that draw candidates from the pool. */
  lowongan: (db: DbOrTx, instansiId: string, hariIni: string, jabatanId: string | null) =>
    queryRows<{ id: string; nama: string; jenis: string; unit_id: string; unit: string }>(
      db,
      sql`SELECT j.id, j.nama, j.jenis, j.unit_id, u.nama AS unit
            FROM jabatan j JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
           WHERE j.instansi_id = ${instansiId} AND j.jenis IN ('JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS')
             ${jabatanId ? sql`AND j.id = ${jabatanId}` : sql`
             AND NOT EXISTS (SELECT 1 FROM pegawai p WHERE p.instansi_id = j.instansi_id AND p.jabatan_id = j.id AND p.status = 'AKTIF')
             AND NOT EXISTS (SELECT 1 FROM penugasan_plt t WHERE t.instansi_id = j.instansi_id AND t.jabatan_id = j.id AND ${hariIni}::date BETWEEN t.tanggal_mulai AND t.tanggal_selesai)`}
           ORDER BY u.nama, j.nama`,
    ),
  async terisi(db: DbOrTx, instansiId: string, jabatanId: string) {
    const rows = await queryRows<{ id: string }>(db, sql`SELECT id FROM pegawai WHERE instansi_id = ${instansiId} AND jabatan_id = ${jabatanId} AND status = 'AKTIF' LIMIT 1`);
    return rows.length > 0;
  },
};
