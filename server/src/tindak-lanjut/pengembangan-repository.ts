/** SQL of pengembangan kompetensi. Every query filters on instansi_id first. */
import { sql } from 'drizzle-orm';
import type { Pelatihan as PelatihanIsi, RencanaPengembanganItem, RiwayatPelatihan } from '@capaian/domain';
import { queryRows, uuidArray, type DbOrTx } from '../db/client.js';

export interface KatalogRow {
  id: string;
  kode: string;
  judul: string;
  jenis_kompetensi: string;
  metode: string;
  jp: number;
  penyelenggara: string;
  kata_kunci: string[];
  nilai_berakhlak: string[];
  aktif: boolean;
  row_version: number;
}

export interface PegawaiRow {
  id: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  nip: string;
  jabatan: string | null;
  unit_id: string | null;
  unit: string | null;
}

export interface RencanaRow {
  id: string;
  pegawai_id: string;
  tahun: number;
  status: string;
  items: unknown;
  catatan: string | null;
  catatan_atasan: string | null;
  ditulis_nama: string | null;
  diajukan_at: Date | string | null;
  disepakati_nama: string | null;
  disepakati_at: Date | string | null;
  versi_sebelumnya: unknown;
  row_version: number;
}

export interface RiwayatRow {
  id: string;
  pegawai_id: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  nip: string;
  tahun: number;
  pelatihan_id: string | null;
  judul: string;
  jenis_kompetensi: string;
  metode: string;
  jp: number;
  penyelenggara: string;
  tanggal_mulai: string;
  tanggal_selesai: string;
  nomor_sertifikat: string | null;
  sertifikat_kunci: string | null;
  sertifikat_nama: string | null;
  sertifikat_mime: string | null;
  sertifikat_ukuran: number | null;
  dicatat_oleh: string | null;
  dicatat_nama: string | null;
  created_at: Date | string;
}

/** A final result of the years asked, with what the needs are read from. */
export interface SumberPenilaianRow {
  evaluasi_id: string;
  periode_id: string;
  jenis: string;
  tahun: number;
  nomor: number;
  rating_perilaku: string | null;
  rhk_di_bawah: string[];
  perilaku_dicatat: string[];
  rencana_diskusi: unknown;
}

const KATALOG = sql`SELECT id, kode, judul, jenis_kompetensi, metode, jp, penyelenggara, kata_kunci, nilai_berakhlak, aktif, row_version FROM pelatihan_katalog`;
const RIWAYAT = sql`
  SELECT r.id, r.pegawai_id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, r.tahun, r.pelatihan_id, r.judul, r.jenis_kompetensi, r.metode, r.jp, r.penyelenggara,
         r.tanggal_mulai::text AS tanggal_mulai, r.tanggal_selesai::text AS tanggal_selesai, r.nomor_sertifikat, r.sertifikat_kunci, r.sertifikat_nama, r.sertifikat_mime,
         r.sertifikat_ukuran, r.dicatat_oleh, d.nama AS dicatat_nama, r.created_at
    FROM riwayat_pelatihan r
    JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.pegawai_id
    LEFT JOIN pegawai d ON d.instansi_id = r.instansi_id AND d.id = r.dicatat_oleh`;

export const pengembanganRepository = {
  katalog: (db: DbOrTx, instansiId: string, f: { q?: string | undefined; jenisKompetensi?: string | undefined; semua: boolean }) =>
    queryRows<KatalogRow>(
      db,
      sql`${KATALOG} WHERE instansi_id = ${instansiId}
            ${f.semua ? sql`` : sql`AND aktif`}
            ${f.jenisKompetensi ? sql`AND jenis_kompetensi = ${f.jenisKompetensi}` : sql``}
            ${f.q ? sql`AND (judul ILIKE ${`%${f.q}%`} OR kode ILIKE ${`%${f.q}%`} OR penyelenggara ILIKE ${`%${f.q}%`})` : sql``}
          ORDER BY judul, kode`,
    ),
  async katalogById(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<KatalogRow>(db, sql`${KATALOG} WHERE instansi_id = ${instansiId} AND id = ${id}`);
    return row ?? null;
  },
  /** The catalogue entries of these ids that exist in the instansi. */
  katalogByIds: (db: DbOrTx, instansiId: string, ids: readonly string[]) =>
    ids.length ? queryRows<KatalogRow>(db, sql`${KATALOG} WHERE instansi_id = ${instansiId} AND id = ANY(${uuidArray(ids)})`) : Promise.resolve([]),
  async kodeDipakai(db: DbOrTx, instansiId: string, kode: string, kecuali: string | null) {
    const rows = await queryRows<{ id: string }>(db, sql`SELECT id FROM pelatihan_katalog WHERE instansi_id = ${instansiId} AND kode = ${kode} ${kecuali ? sql`AND id <> ${kecuali}` : sql``}`);
    return rows.length > 0;
  },
  async insertKatalog(db: DbOrTx, instansiId: string, v: PelatihanIsi, at: Date) {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO pelatihan_katalog (instansi_id, kode, judul, jenis_kompetensi, metode, jp, penyelenggara, kata_kunci, nilai_berakhlak, aktif, created_at, updated_at)
          VALUES (${instansiId}, ${v.kode}, ${v.judul}, ${v.jenisKompetensi}, ${v.metode}, ${v.jp}, ${v.penyelenggara}, ${JSON.stringify(v.kataKunci)}::jsonb,
                  ${JSON.stringify(v.nilaiBerakhlak)}::jsonb, ${v.aktif}, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz)
          RETURNING id`,
    );
    return row!.id;
  },
  /** Updates an entry at the version seen: false when it moved on. */
  async updateKatalog(db: DbOrTx, instansiId: string, id: string, rowVersion: number, v: PelatihanIsi, at: Date) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`UPDATE pelatihan_katalog SET kode = ${v.kode}, judul = ${v.judul}, jenis_kompetensi = ${v.jenisKompetensi}, metode = ${v.metode}, jp = ${v.jp},
                 penyelenggara = ${v.penyelenggara}, kata_kunci = ${JSON.stringify(v.kataKunci)}::jsonb, nilai_berakhlak = ${JSON.stringify(v.nilaiBerakhlak)}::jsonb,
                 aktif = ${v.aktif}, row_version = row_version + 1, updated_at = ${at.toISOString()}::timestamptz
           WHERE instansi_id = ${instansiId} AND id = ${id} AND row_version = ${rowVersion} RETURNING id`,
    );
    return rows.length > 0;
  },
  /** Import: one statement for all rows, insert or update by kode; answers how many of each. */
  async upsertKatalog(db: DbOrTx, instansiId: string, rows: readonly PelatihanIsi[], at: Date) {
    if (rows.length === 0) return { dibuat: 0, diperbarui: 0 };
    const data = JSON.stringify(rows);
    const [r] = await queryRows<{ dibuat: number; diperbarui: number }>(
      db,
      sql`WITH baris AS (
            SELECT * FROM jsonb_to_recordset(${data}::jsonb)
              AS x(kode text, judul text, "jenisKompetensi" text, metode text, jp int, penyelenggara text, "kataKunci" jsonb, "nilaiBerakhlak" jsonb, aktif boolean)
          ), ditulis AS (
            INSERT INTO pelatihan_katalog AS k (instansi_id, kode, judul, jenis_kompetensi, metode, jp, penyelenggara, kata_kunci, nilai_berakhlak, aktif, created_at, updated_at)
            SELECT ${instansiId}, kode, judul, "jenisKompetensi", metode, jp, penyelenggara, "kataKunci", "nilaiBerakhlak", aktif, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz FROM baris
            ON CONFLICT (instansi_id, kode) DO UPDATE SET judul = excluded.judul, jenis_kompetensi = excluded.jenis_kompetensi, metode = excluded.metode, jp = excluded.jp,
              penyelenggara = excluded.penyelenggara, kata_kunci = excluded.kata_kunci, nilai_berakhlak = excluded.nilai_berakhlak, aktif = excluded.aktif,
              row_version = k.row_version + 1, updated_at = excluded.updated_at
            RETURNING (xmax = 0) AS baru
          )
          SELECT count(*) FILTER (WHERE baru)::int AS dibuat, count(*) FILTER (WHERE NOT baru)::int AS diperbarui FROM ditulis`,
    );
    return r!;
  },

  async pegawai(db: DbOrTx, instansiId: string, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return queryRows<PegawaiRow>(
      db,
      sql`SELECT p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, j.nama AS jabatan, j.unit_id, u.nama AS unit
            FROM pegawai p
            LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            LEFT JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = j.unit_id
           WHERE p.instansi_id = ${instansiId} AND p.id = ANY(${uuidArray(ids)})
           ORDER BY p.nama, p.nip`,
    );
  },

  /** The pegawai's final results of these years, with RHK rated below expectation, the values commented on and the discussion's development lines. */
  sumberPenilaian: (db: DbOrTx, instansiId: string, pegawaiId: string, tahun: readonly number[]) =>
    queryRows<SumberPenilaianRow>(
      db,
      sql`SELECT e.id AS evaluasi_id, pp.id AS periode_id, pp.jenis, pp.tahun, pp.nomor, e.rating_perilaku,
                 COALESCE((SELECT array_agg(r.uraian ORDER BY r.uraian) FROM evaluasi_rhk er JOIN rhk r ON r.instansi_id = er.instansi_id AND r.id = er.rhk_id
                            WHERE er.instansi_id = e.instansi_id AND er.evaluasi_id = e.id AND er.rating = 'DI_BAWAH_EKSPEKTASI'), '{}') AS rhk_di_bawah,
                 COALESCE((SELECT array_agg(ep.kode ORDER BY ep.kode) FROM evaluasi_perilaku ep
                            WHERE ep.instansi_id = e.instansi_id AND ep.evaluasi_id = e.id AND length(trim(ep.umpan_balik)) > 0), '{}') AS perilaku_dicatat,
                 e.diskusi -> 'rencanaPengembangan' AS rencana_diskusi
            FROM evaluasi e
            JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
           WHERE e.instansi_id = ${instansiId} AND e.pegawai_id = ${pegawaiId} AND e.final_at IS NOT NULL AND pp.tahun = ANY(${`{${tahun.join(',')}}`}::int[])
           ORDER BY pp.tahun DESC, (pp.jenis = 'TAHUNAN') DESC, pp.nomor DESC`,
    ),
  /** The 360° answers of the pegawai in these periods (summarised by domain `ringkasan360`). */
  jawaban360: (db: DbOrTx, instansiId: string, pegawaiId: string, periodeIds: readonly string[]) =>
    periodeIds.length
      ? queryRows<{ periode_id: string; skor: Record<string, unknown>; kelompok: number }>(
          db,
          sql`SELECT periode_id, skor, kelompok FROM jawaban_360 WHERE instansi_id = ${instansiId} AND pegawai_id = ${pegawaiId} AND periode_id = ANY(${uuidArray(periodeIds)})`,
        )
      : Promise.resolve([]),
  /** Completed coaching sessions of these years with their competence evaluation. */
  bimbingan: (db: DbOrTx, instansiId: string, pegawaiId: string, dari: string, sampai: string) =>
    queryRows<{ jenis: string; jadwal: Date | string; evaluasi_kompetensi: unknown }>(
      db,
      sql`SELECT jenis, jadwal, evaluasi_kompetensi FROM bimbingan
           WHERE instansi_id = ${instansiId} AND pegawai_id = ${pegawaiId} AND status = 'SELESAI' AND evaluasi_kompetensi IS NOT NULL
             AND jadwal >= ${dari}::date AND jadwal < (${sampai}::date + 1)
           ORDER BY jadwal DESC`,
    ),

  async rencana(db: DbOrTx, instansiId: string, pegawaiId: string, tahun: number) {
    const [row] = await queryRows<RencanaRow>(
      db,
      sql`SELECT r.id, r.pegawai_id, r.tahun, r.status, r.items, r.catatan, r.catatan_atasan, w.nama AS ditulis_nama, r.diajukan_at, s.nama AS disepakati_nama,
                 r.disepakati_at, r.versi_sebelumnya, r.row_version
            FROM rencana_pengembangan r
            LEFT JOIN pegawai w ON w.instansi_id = r.instansi_id AND w.id = r.ditulis_oleh
            LEFT JOIN pegawai s ON s.instansi_id = r.instansi_id AND s.id = r.disepakati_oleh
           WHERE r.instansi_id = ${instansiId} AND r.pegawai_id = ${pegawaiId} AND r.tahun = ${tahun}`,
    );
    return row ?? null;
  },
  /** Creates the year's plan; false when one already exists (a concurrent first save). */
  async insertRencana(db: DbOrTx, instansiId: string, v: { pegawaiId: string; tahun: number; items: RencanaPengembanganItem[]; catatan: string | null; oleh: string; at: Date }) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO rencana_pengembangan (instansi_id, pegawai_id, tahun, items, catatan, ditulis_oleh, created_at, updated_at)
          VALUES (${instansiId}, ${v.pegawaiId}, ${v.tahun}, ${JSON.stringify(v.items)}::jsonb, ${v.catatan}, ${v.oleh}, ${v.at.toISOString()}::timestamptz, ${v.at.toISOString()}::timestamptz)
          ON CONFLICT (instansi_id, pegawai_id, tahun) DO NOTHING RETURNING id`,
    );
    return rows.length > 0;
  },
  /** Any change of a plan at the version seen, in its state: false when it moved on. */
  async ubahRencana(db: DbOrTx, instansiId: string, id: string, rowVersion: number, dari: string, set: ReturnType<typeof sql>, at: Date) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`UPDATE rencana_pengembangan SET ${set}, row_version = row_version + 1, updated_at = ${at.toISOString()}::timestamptz
           WHERE instansi_id = ${instansiId} AND id = ${id} AND row_version = ${rowVersion} AND status = ${dari} RETURNING id`,
    );
    return rows.length > 0;
  },

  riwayat: (db: DbOrTx, instansiId: string, pegawaiId: string, tahun: number) =>
    queryRows<RiwayatRow>(db, sql`${RIWAYAT} WHERE r.instansi_id = ${instansiId} AND r.pegawai_id = ${pegawaiId} AND r.tahun = ${tahun} ORDER BY r.tanggal_selesai DESC, r.created_at DESC`),
  async riwayatById(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<RiwayatRow>(db, sql`${RIWAYAT} WHERE r.instansi_id = ${instansiId} AND r.id = ${id}`);
    return row ?? null;
  },
  async insertRiwayat(db: DbOrTx, instansiId: string, v: RiwayatPelatihan & { pegawaiId: string; tahun: number; oleh: string; at: Date }) {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO riwayat_pelatihan (instansi_id, pegawai_id, tahun, pelatihan_id, judul, jenis_kompetensi, metode, jp, penyelenggara, tanggal_mulai, tanggal_selesai, nomor_sertifikat, dicatat_oleh, created_at)
          VALUES (${instansiId}, ${v.pegawaiId}, ${v.tahun}, ${v.pelatihanId ?? null}, ${v.judul}, ${v.jenisKompetensi}, ${v.metode}, ${v.jp}, ${v.penyelenggara},
                  ${v.tanggalMulai}::date, ${v.tanggalSelesai}::date, ${v.nomorSertifikat || null}, ${v.oleh}, ${v.at.toISOString()}::timestamptz)
          RETURNING id`,
    );
    return row!.id;
  },
  /** Attaches the certificate once: false when one is already there (or the record is gone). */
  async setSertifikat(db: DbOrTx, instansiId: string, id: string, f: { kunci: string; nama: string; mime: string; ukuran: number; sha256: string }) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`UPDATE riwayat_pelatihan SET sertifikat_kunci = ${f.kunci}, sertifikat_nama = ${f.nama}, sertifikat_mime = ${f.mime}, sertifikat_ukuran = ${f.ukuran}, sertifikat_sha256 = ${f.sha256}
           WHERE instansi_id = ${instansiId} AND id = ${id} AND sertifikat_kunci IS NULL RETURNING id`,
    );
    return rows.length > 0;
  },
  async hapusRiwayat(db: DbOrTx, instansiId: string, id: string) {
    const rows = await queryRows<{ sertifikat_kunci: string | null }>(db, sql`DELETE FROM riwayat_pelatihan WHERE instansi_id = ${instansiId} AND id = ${id} RETURNING sertifikat_kunci`);
    return rows[0] ?? null;
  },

  /** Whether another record still points at a stored certificate (the demo's certificates are shared). */
  async kunciDipakai(db: DbOrTx, instansiId: string, kunci: string) {
    const rows = await queryRows<{ id: string }>(db, sql`SELECT id FROM riwayat_pelatihan WHERE instansi_id = ${instansiId} AND sertifikat_kunci = ${kunci} LIMIT 1`);
    return rows.length > 0;
  },
  /** For a set of pegawai: the year's counted and uncounted JP, and the plan's state and JP. */
  jpDanRencana: (db: DbOrTx, instansiId: string, pegawaiIds: readonly string[] | null, tahun: number) =>
    queryRows<{ pegawai_id: string; jp_selesai: number; jp_tanpa: number; rencana_status: string | null; rencana_jp: number | null; rencana_n: number | null }>(
      db,
      sql`WITH jp AS (
            SELECT pegawai_id, COALESCE(sum(jp) FILTER (WHERE sertifikat_kunci IS NOT NULL), 0)::int AS jp_selesai,
                   COALESCE(sum(jp) FILTER (WHERE sertifikat_kunci IS NULL), 0)::int AS jp_tanpa
              FROM riwayat_pelatihan WHERE instansi_id = ${instansiId} AND tahun = ${tahun} ${pegawaiIds ? sql`AND pegawai_id = ANY(${uuidArray(pegawaiIds)})` : sql``}
             GROUP BY pegawai_id
          ), rp AS (
            SELECT pegawai_id, status, (SELECT COALESCE(sum((i->>'jp')::int), 0) FROM jsonb_array_elements(items) i)::int AS jp, jsonb_array_length(items) AS n
              FROM rencana_pengembangan WHERE instansi_id = ${instansiId} AND tahun = ${tahun} ${pegawaiIds ? sql`AND pegawai_id = ANY(${uuidArray(pegawaiIds)})` : sql``}
          )
          SELECT COALESCE(jp.pegawai_id, rp.pegawai_id) AS pegawai_id, COALESCE(jp.jp_selesai, 0) AS jp_selesai, COALESCE(jp.jp_tanpa, 0) AS jp_tanpa,
                 rp.status AS rencana_status, rp.jp AS rencana_jp, rp.n AS rencana_n
            FROM jp FULL JOIN rp ON rp.pegawai_id = jp.pegawai_id`,
    ),
  /** Decided awards of these pegawai (newest first). */
  penghargaan: (db: DbOrTx, instansiId: string, pegawaiIds: readonly string[]) =>
    queryRows<{ id: string; pegawai_id: string; jenis: string; nomor: string | null; tanggal: string | null; ronde: string }>(
      db,
      sql`SELECT g.id, g.pegawai_id, g.jenis, r.nomor_keputusan AS nomor, r.tanggal_keputusan::text AS tanggal, r.nama AS ronde
            FROM penghargaan g JOIN ronde_penghargaan r ON r.instansi_id = g.instansi_id AND r.id = g.ronde_id
           WHERE g.instansi_id = ${instansiId} AND g.pegawai_id = ANY(${uuidArray(pegawaiIds)}) AND r.status = 'DIPUTUSKAN'
           ORDER BY r.tanggal_keputusan DESC, g.jenis`,
    ),
  /** Open pembinaan cases of these pegawai. */
  kasusTerbuka: (db: DbOrTx, instansiId: string, pegawaiIds: readonly string[]) =>
    queryRows<{ id: string; pegawai_id: string; jenis: string; status: string; alasan: string }>(
      db,
      sql`SELECT id, pegawai_id, jenis, status, alasan FROM kasus_pembinaan
           WHERE instansi_id = ${instansiId} AND pegawai_id = ANY(${uuidArray(pegawaiIds)}) AND status IN ('DIUSULKAN', 'DITINDAKLANJUTI')
           ORDER BY created_at DESC`,
    ),

  /** Active pegawai with their unit, for the recap per perangkat daerah. */
  pegawaiAktif: (db: DbOrTx, instansiId: string) =>
    queryRows<{ id: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; nip: string; unit_id: string }>(
      db,
      sql`SELECT p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.status = 'AKTIF'`,
    ),
  /** Every line of the year's proposed or agreed plans. */
  itemRencanaTahun: (db: DbOrTx, instansiId: string, tahun: number) =>
    queryRows<{ pegawai_id: string; pelatihan_id: string | null; judul: string; jenis_kompetensi: string }>(
      db,
      sql`SELECT r.pegawai_id, i->>'pelatihanId' AS pelatihan_id, i->>'judul' AS judul, i->>'jenisKompetensi' AS jenis_kompetensi
            FROM rencana_pengembangan r, jsonb_array_elements(r.items) i
           WHERE r.instansi_id = ${instansiId} AND r.tahun = ${tahun} AND r.status IN ('DIAJUKAN', 'DISEPAKATI')`,
    ),
};
