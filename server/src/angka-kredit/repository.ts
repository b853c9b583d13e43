/** SQL of the angka kredit ledger and the PAK. Every query filters on instansi_id first. */
import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type DbOrTx } from '../db/client.js';

export interface PegawaiAkRow {
  id: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  nip: string;
  golongan: string;
  jabatan: string | null;
  jabatan_jenis: string | null;
  jenjang: string | null;
  unit: string | null;
}

export interface EntriRow {
  id: string;
  pegawai_id: string;
  jenis: string;
  evaluasi_id: string | null;
  p_jenis: string | null;
  p_tahun: number | null;
  p_nomor: number | null;
  tahun: number | null;
  tahunan: boolean;
  jenjang: string | null;
  predikat: string | null;
  bulan: number | null;
  nilai_milli: number;
  nomor_dokumen: string | null;
  tanggal_dokumen: string | null;
  keterangan: string | null;
  koreksi_dari: string | null;
  dikoreksi_oleh: string | null;
  dicatat_nama: string | null;
  created_at: Date | string;
}

/** A final result a conversion is made from, with the entry that counts for it now (if any). */
export interface SumberKonversiRow {
  evaluasi_id: string;
  pegawai_id: string;
  periode_id: string;
  periode_jenis: string;
  tahun: number;
  predikat: string;
  jenjang: string;
  entri_id: string | null;
  entri_predikat: string | null;
  entri_jenjang: string | null;
}

export interface PakRow {
  id: string;
  instansi_id: string;
  pegawai_id: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  nip: string;
  nomor: string;
  tanggal: string;
  jenjang: string;
  golongan: string;
  total_milli: number;
  rincian: unknown;
  created_at: Date | string;
}

export interface EntriBaru {
  id: string;
  pegawaiId: string;
  jenis: string;
  evaluasiId: string | null;
  periodeId: string | null;
  tahun: number | null;
  tahunan: boolean;
  jenjang: string | null;
  predikat: string | null;
  bulan: number | null;
  nilaiMilli: number;
  nomorDokumen: string | null;
  tanggalDokumen: string | null;
  keterangan: string | null;
  koreksiDari: string | null;
  dicatatOleh: string | null;
}

const PEGAWAI = sql`
  SELECT p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, p.golongan, j.nama AS jabatan, j.jenis AS jabatan_jenis, j.jenjang, u.nama AS unit
    FROM pegawai p
    LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
    LEFT JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = j.unit_id`;
const ENTRI = sql`
  SELECT e.id, e.pegawai_id, e.jenis, e.evaluasi_id, pp.jenis AS p_jenis, pp.tahun AS p_tahun, pp.nomor AS p_nomor, e.tahun, e.tahunan, e.jenjang, e.predikat, e.bulan,
         e.nilai_milli, e.nomor_dokumen, e.tanggal_dokumen::text AS tanggal_dokumen, e.keterangan, e.koreksi_dari, e.dikoreksi_oleh, d.nama AS dicatat_nama, e.created_at
    FROM angka_kredit_entri e
    LEFT JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
    LEFT JOIN pegawai d ON d.instansi_id = e.instansi_id AND d.id = e.dicatat_oleh`;
const PAK = sql`
  SELECT k.id, k.instansi_id, k.pegawai_id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, k.nomor, k.tanggal::text AS tanggal, k.jenjang, k.golongan, k.total_milli, k.rincian, k.created_at
    FROM penetapan_angka_kredit k JOIN pegawai p ON p.instansi_id = k.instansi_id AND p.id = k.pegawai_id`;

export const angkaKreditRepository = {
  async pegawai(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<PegawaiAkRow>(db, sql`${PEGAWAI} WHERE p.instansi_id = ${instansiId} AND p.id = ${id}`);
    return row ?? null;
  },
  /** Pejabat fungsional with a jenjang (those a ledger is kept for), active. */
  fungsional: (db: DbOrTx, instansiId: string) =>
    queryRows<PegawaiAkRow>(db, sql`${PEGAWAI} WHERE p.instansi_id = ${instansiId} AND p.status = 'AKTIF' AND j.jenis = 'FUNGSIONAL' AND j.jenjang IS NOT NULL ORDER BY p.nama, p.nip`),
  pegawaiByNip: (db: DbOrTx, instansiId: string, nips: readonly string[]) =>
    queryRows<PegawaiAkRow>(db, sql`${PEGAWAI} WHERE p.instansi_id = ${instansiId} AND p.nip = ANY(${`{${nips.map((n) => n.replace(/[^0-9]/g, '')).join(',')}}`}::text[])`),

  entri: (db: DbOrTx, instansiId: string, pegawaiIds: readonly string[] | null) =>
    queryRows<EntriRow>(
      db,
      sql`${ENTRI} WHERE e.instansi_id = ${instansiId} ${pegawaiIds ? sql`AND e.pegawai_id = ANY(${uuidArray(pegawaiIds)})` : sql``}
          ORDER BY e.pegawai_id, COALESCE(e.tanggal_dokumen, make_date(COALESCE(e.tahun, 1900), 1, 1)), pp.tahun NULLS FIRST, pp.jenis = 'TAHUNAN', pp.nomor, e.created_at`,
    ),

  /** One final result (a keberatan decision changed or kept it). */
  sumberEvaluasi: (db: DbOrTx, instansiId: string, evaluasiId: string) => sumber(db, instansiId, sql`ev.id = ${evaluasiId}`),

  /**
   * A finalisation's conversions in one statement: every final result of the period's units of a
   * pejabat fungsional without a counting entry gets one, its amount looked up in `tabel` (the
   * domain's conversion of each jenjang, predikat and period kind — the rule stays in the domain).
   */
  async insertKonversiFinalisasi(db: DbOrTx, instansiId: string, periodeId: string, unitIds: readonly string[], tabel: ReadonlyArray<{ jenjang: string; predikat: string; jenis: string; bulan: number; nilaiMilli: number }>, oleh: string | null) {
    const [r] = await queryRows<{ n: number }>(
      db,
      sql`WITH tabel AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(tabel)}::jsonb) AS t(jenjang text, predikat text, jenis text, bulan int, "nilaiMilli" int)),
          -- The period's final results first, then their pegawai and jabatan (hash joins; a plan that
          -- starts from the jabatan or the small lookup table probes the results once per row of it).
          ev AS MATERIALIZED (
            SELECT instansi_id, id, pegawai_id, predikat FROM evaluasi
             WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId} AND unit_id = ANY(${uuidArray(unitIds)}) AND final_at IS NOT NULL AND predikat IS NOT NULL
          ),
          hasil AS MATERIALIZED (
            SELECT ev.instansi_id, ev.pegawai_id, ev.id AS evaluasi_id, pp.id AS periode_id, pp.tahun, pp.jenis AS periode_jenis, j.jenjang, ev.predikat
              FROM ev
              JOIN pegawai p ON p.instansi_id = ev.instansi_id AND p.id = ev.pegawai_id
              JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
              JOIN periode_penilaian pp ON pp.instansi_id = ev.instansi_id AND pp.id = ${periodeId}
             WHERE j.jenis = 'FUNGSIONAL' AND j.jenjang IS NOT NULL
               -- (the partial unique index's own predicate, so the check is an index probe)
               AND NOT EXISTS (SELECT 1 FROM angka_kredit_entri a WHERE a.instansi_id = ev.instansi_id AND a.evaluasi_id = ev.id AND a.evaluasi_id IS NOT NULL AND a.dikoreksi_oleh IS NULL)
          ),
          ditulis AS (
            INSERT INTO angka_kredit_entri (instansi_id, pegawai_id, jenis, evaluasi_id, periode_id, tahun, tahunan, jenjang, predikat, bulan, nilai_milli, dicatat_oleh)
            SELECT h.instansi_id, h.pegawai_id, 'KONVERSI', h.evaluasi_id, h.periode_id, h.tahun, h.periode_jenis = 'TAHUNAN', h.jenjang, h.predikat, t.bulan, t."nilaiMilli", ${oleh}::uuid
              FROM hasil h JOIN tabel t ON t.jenjang = h.jenjang AND t.predikat = h.predikat AND t.jenis = h.periode_jenis
            RETURNING 1
          )
          SELECT count(*)::int AS n FROM ditulis`,
    );
    return r!.n;
  },

  async insert(db: DbOrTx, instansiId: string, rows: readonly EntriBaru[]) {
    if (rows.length === 0) return;
    await db.execute(sql`
      INSERT INTO angka_kredit_entri (instansi_id, id, pegawai_id, jenis, evaluasi_id, periode_id, tahun, tahunan, jenjang, predikat, bulan, nilai_milli, nomor_dokumen, tanggal_dokumen, keterangan, koreksi_dari, dicatat_oleh)
      SELECT ${instansiId}, x.id, x."pegawaiId", x.jenis, x."evaluasiId", x."periodeId", x.tahun, x.tahunan, x.jenjang, x.predikat, x.bulan, x."nilaiMilli", x."nomorDokumen", x."tanggalDokumen"::date,
             x.keterangan, x."koreksiDari", x."dicatatOleh"
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, "pegawaiId" uuid, jenis text, "evaluasiId" uuid, "periodeId" uuid, tahun int, tahunan boolean, jenjang text,
             predikat text, bulan int, "nilaiMilli" int, "nomorDokumen" text, "tanggalDokumen" text, keterangan text, "koreksiDari" uuid, "dicatatOleh" uuid)`);
  },
  /** Marks entries replaced by their corrections (before the corrections are inserted: one counting entry per result). */
  async tandaiDikoreksi(db: DbOrTx, instansiId: string, pasangan: ReadonlyArray<{ pegawai: string; lama: string; baru: string }>) {
    if (pasangan.length === 0) return 0;
    const rows = await queryRows<{ id: string }>(
      db,
      sql`UPDATE angka_kredit_entri e SET dikoreksi_oleh = x.baru
            FROM jsonb_to_recordset(${JSON.stringify(pasangan)}::jsonb) AS x(pegawai uuid, lama uuid, baru uuid)
           WHERE e.instansi_id = ${instansiId} AND e.pegawai_id = x.pegawai AND e.id = x.lama AND e.dikoreksi_oleh IS NULL RETURNING e.id`,
    );
    return rows.length;
  },

  async insertPak(db: DbOrTx, instansiId: string, v: { pegawaiId: string; nomor: string; tanggal: string; jenjang: string; golongan: string; totalMilli: number; rincian: unknown; oleh: string; at: Date }) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO penetapan_angka_kredit (instansi_id, pegawai_id, nomor, tanggal, jenjang, golongan, total_milli, rincian, ditetapkan_oleh, created_at)
          VALUES (${instansiId}, ${v.pegawaiId}, ${v.nomor}, ${v.tanggal}::date, ${v.jenjang}, ${v.golongan}, ${v.totalMilli}, ${JSON.stringify(v.rincian)}::jsonb, ${v.oleh}, ${v.at.toISOString()}::timestamptz)
          ON CONFLICT (instansi_id, nomor) DO NOTHING RETURNING id`,
    );
    return rows[0]?.id ?? null;
  },
  pakPegawai: (db: DbOrTx, instansiId: string, pegawaiId: string) => queryRows<PakRow>(db, sql`${PAK} WHERE k.instansi_id = ${instansiId} AND k.pegawai_id = ${pegawaiId} ORDER BY k.tanggal DESC, k.created_at DESC`),
  async pak(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<PakRow>(db, sql`${PAK} WHERE k.instansi_id = ${instansiId} AND k.id = ${id}`);
    return row ?? null;
  },
  /** Public verification: by id alone (the code is checked by the caller). */
  async pakPublik(db: DbOrTx, id: string) {
    const [row] = await queryRows<PakRow>(db, sql`${PAK} WHERE k.id = ${id}`);
    return row ?? null;
  },
};

function sumber(db: DbOrTx, instansiId: string, where: ReturnType<typeof sql>) {
  return queryRows<SumberKonversiRow>(
    db,
    sql`SELECT ev.id AS evaluasi_id, ev.pegawai_id, pp.id AS periode_id, pp.jenis AS periode_jenis, pp.tahun, ev.predikat, j.jenjang,
               a.id AS entri_id, a.predikat AS entri_predikat, a.jenjang AS entri_jenjang
          FROM evaluasi ev
          JOIN periode_penilaian pp ON pp.instansi_id = ev.instansi_id AND pp.id = ev.periode_id
          JOIN pegawai p ON p.instansi_id = ev.instansi_id AND p.id = ev.pegawai_id
          JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
          LEFT JOIN angka_kredit_entri a ON a.instansi_id = ev.instansi_id AND a.evaluasi_id = ev.id AND a.evaluasi_id IS NOT NULL AND a.dikoreksi_oleh IS NULL
         WHERE ev.instansi_id = ${instansiId} AND ${where} AND ev.final_at IS NOT NULL AND ev.predikat IS NOT NULL
           AND j.jenis = 'FUNGSIONAL' AND j.jenjang IS NOT NULL`,
  );
}
