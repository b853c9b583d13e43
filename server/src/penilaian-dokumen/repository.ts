import { EVALUASI_FINAL } from '@capaian/domain';
import { sqlList } from '../db/sql-list.js';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';


export interface EvaluasiDokRow {
  id: string;
  periode_id: string;
  pegawai_id: string;
  skp_id: string;
  unit_id: string;
  unit_nama: string;
  pejabat_penilai_id: string | null;
  atasan_penilai_id: string | null;
  status: string;
  rating_hasil_kerja: string | null;
  rating_perilaku: string | null;
  predikat: string | null;
  umpan_balik_hasil_kerja: string | null;
  umpan_balik_perilaku: string | null;
  diskusi: { baik?: string; perbaikan?: string; rencanaPengembangan?: string[] } | null;
  final_at: Date | string | null;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  p_jenis: string;
  p_tahun: number;
  p_nomor: number;
  p_mulai: string;
  p_selesai: string;
  pendekatan: string | null;
  capaian: string | null;
  override_alasan: string | null;
  override_oleh_nama: string | null;
  instansi_nama: string;
  instansi_id: string;
  /** The aturan penilaian version the period was opened with (null: the defaults). */
  p_aturan_versi: number | null;
  kepala_daerah_nama: string | null;
  kepala_daerah_jabatan: string | null;
  keberatan_hasil: string | null;
  keberatan_alasan: string | null;
}

const FINALISH = sqlList(EVALUASI_FINAL);

export interface RekapRow {
  evaluasi_id: string;
  pegawai_id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan_nama: string | null;
  golongan: string;
  unit_id: string;
  status: string;
  rating_hasil_kerja: string | null;
  rating_perilaku: string | null;
  predikat: string | null;
  penilai_nip: string | null;
  penilai_nama: string | null;
}

export const penilaianDokumenRepository = {
  /** The instansi of an evaluation, by id alone: the public verification (ADR 0004; no tenant in the QR code). */
  async instansiOfEvaluasi(db: DbOrTx, id: string): Promise<string | null> {
    const [row] = await queryRows<{ instansi_id: string }>(db, sql`SELECT instansi_id FROM evaluasi WHERE id = ${id} LIMIT 1`);
    return row?.instansi_id ?? null;
  },

  async evaluasi(db: DbOrTx, instansiId: string, id: string): Promise<EvaluasiDokRow | null> {
    const [row] = await queryRows<EvaluasiDokRow>(
      db,
      sql`SELECT e.id, e.periode_id, e.pegawai_id, e.skp_id, e.unit_id, u.nama AS unit_nama, e.pejabat_penilai_id, e.atasan_penilai_id, e.status,
                 e.rating_hasil_kerja, e.rating_perilaku, e.predikat, e.umpan_balik_hasil_kerja, e.umpan_balik_perilaku, e.diskusi, e.final_at,
                 p.nip, p.nama, p.gelar_depan, p.gelar_belakang,
                 pp.jenis AS p_jenis, pp.tahun AS p_tahun, pp.nomor AS p_nomor, pp.mulai::text AS p_mulai, pp.selesai::text AS p_selesai,
                 s.pendekatan, co.capaian, fu.override_alasan, po.nama AS override_oleh_nama,
                 i.nama AS instansi_nama, e.instansi_id, pp.aturan_versi AS p_aturan_versi, i.kepala_daerah_nama, i.kepala_daerah_jabatan,
                 k.hasil AS keberatan_hasil, k.alasan_keputusan AS keberatan_alasan
            FROM evaluasi e
            JOIN instansi i ON i.id = e.instansi_id
            JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
            JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
            JOIN unit_kerja u ON u.instansi_id = e.instansi_id AND u.id = e.unit_id
            LEFT JOIN skp s ON s.instansi_id = e.instansi_id AND s.id = e.skp_id
            LEFT JOIN capaian_organisasi co ON co.instansi_id = e.instansi_id AND co.periode_id = e.periode_id AND co.unit_id = e.unit_id
            LEFT JOIN finalisasi_unit fu ON fu.instansi_id = e.instansi_id AND fu.periode_id = e.periode_id AND fu.unit_id = e.unit_id
            LEFT JOIN pegawai po ON po.instansi_id = fu.instansi_id AND po.id = fu.override_oleh
            LEFT JOIN keberatan k ON k.instansi_id = e.instansi_id AND k.evaluasi_id = e.id AND k.status = 'DIPUTUS'
           WHERE e.instansi_id = ${instansiId} AND e.id = ${id}`,
    );
    return row ?? null;
  },

  ratingRhk(db: DbOrTx, instansiId: string, evaluasiId: string) {
    return queryRows<{ rhk_id: string; rating: string; umpan_balik: string | null }>(
      db,
      sql`SELECT rhk_id, rating, umpan_balik FROM evaluasi_rhk WHERE instansi_id = ${instansiId} AND evaluasi_id = ${evaluasiId}`,
    );
  },

  perilaku(db: DbOrTx, instansiId: string, evaluasiId: string) {
    return queryRows<{ kode: string; umpan_balik: string }>(
      db,
      sql`SELECT kode, umpan_balik FROM evaluasi_perilaku WHERE instansi_id = ${instansiId} AND evaluasi_id = ${evaluasiId}`,
    );
  },

  rhk(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{ id: string; jenis: string; uraian: string }>(
      db,
      sql`SELECT id, jenis, uraian FROM rhk WHERE instansi_id = ${instansiId} AND skp_id = ${skpId} ORDER BY jenis = 'TAMBAHAN', urutan, created_at`,
    );
  },

  /**
   * Indicators of an SKP with what was realised in the period: the sum of the entries' quantities
   * and how many evidence items back them.
   */
  indikator(db: DbOrTx, instansiId: string, skpId: string, pegawaiId: string, mulai: string, selesai: string) {
    return queryRows<{
      id: string;
      rhk_id: string;
      aspek: string;
      uraian: string;
      target_nilai: string | null;
      target_satuan: string | null;
      target_teks: string | null;
      jumlah: number | null;
      entri: number;
      bukti: number;
    }>(
      db,
      sql`SELECT i.id, i.rhk_id, i.aspek, i.uraian, i.target_nilai, i.target_satuan, i.target_teks,
                 x.jumlah, COALESCE(x.entri, 0)::int AS entri, COALESCE(x.bukti, 0)::int AS bukti
            FROM indikator_kinerja i
            JOIN rhk r ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id
            LEFT JOIN LATERAL (
              SELECT sum(re.jumlah)::float8 AS jumlah, count(*) AS entri,
                     (SELECT count(*) FROM bukti_dukung b JOIN realisasi r2 ON r2.instansi_id = b.instansi_id AND r2.id = b.realisasi_id
                       WHERE r2.instansi_id = i.instansi_id AND r2.pegawai_id = ${pegawaiId} AND r2.indikator_id = i.id
                         AND r2.tanggal BETWEEN ${mulai}::date AND ${selesai}::date) AS bukti
                FROM realisasi re
               WHERE re.instansi_id = i.instansi_id AND re.pegawai_id = ${pegawaiId} AND re.indikator_id = i.id
                 AND re.tanggal BETWEEN ${mulai}::date AND ${selesai}::date
            ) x ON true
           WHERE i.instansi_id = ${instansiId} AND r.skp_id = ${skpId}
           ORDER BY i.urutan, i.id`,
    );
  },

  /** Continuous feedback on the pegawai's entries of each RHK during the period (newest last). */
  umpanBalikRhk(db: DbOrTx, instansiId: string, pegawaiId: string, mulai: string, selesai: string) {
    return queryRows<{ rhk_id: string; pesan: string }>(
      db,
      sql`SELECT r.rhk_id, u.pesan FROM umpan_balik u JOIN realisasi r ON r.instansi_id = u.instansi_id AND r.id = u.realisasi_id
           WHERE u.instansi_id = ${instansiId} AND u.pegawai_id = ${pegawaiId} AND u.induk_id IS NULL
             AND u.tanggal BETWEEN ${mulai}::date AND ${selesai}::date
           ORDER BY u.tanggal, u.seq`,
    );
  },

  ekspektasi(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{ kode: string; ekspektasi: string }>(db, sql`SELECT kode, ekspektasi FROM skp_perilaku WHERE instansi_id = ${instansiId} AND skp_id = ${skpId}`);
  },

  /** The unit's final predicates in the period, counted. */
  distribusi(db: DbOrTx, instansiId: string, periodeId: string, unitId: string) {
    return queryRows<{ predikat: string; n: number }>(
      db,
      sql`SELECT predikat, count(*)::int AS n FROM evaluasi
           WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId} AND unit_id = ${unitId} AND status IN ${FINALISH} AND predikat IS NOT NULL
           GROUP BY predikat`,
    );
  },

  rekomendasi(db: DbOrTx, instansiId: string, periodeId: string, pegawaiId: string) {
    return queryRows<{ jenis: string; catatan: string; tim_nama: string }>(
      db,
      sql`SELECT r.jenis, r.catatan, t.nama AS tim_nama FROM rekomendasi_tim r JOIN tim_penilai t ON t.instansi_id = r.instansi_id AND t.id = r.tim_id
           WHERE r.instansi_id = ${instansiId} AND r.periode_id = ${periodeId} AND r.pegawai_id = ${pegawaiId} ORDER BY r.created_at`,
    );
  },

  async periode(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<{ id: string; jenis: string; tahun: number; nomor: number; mulai: string; selesai: string; status: string }>(
      db,
      sql`SELECT id, jenis, tahun, nomor, mulai::text AS mulai, selesai::text AS selesai, status FROM periode_penilaian WHERE instansi_id = ${instansiId} AND id = ${id}`,
    );
    return row ?? null;
  },

  /** Every evaluation of a period in the given units (all units when null), with the pegawai and who rated. */
  rekap(db: DbOrTx, instansiId: string, periodeId: string, unitIds: readonly string[] | null) {
    return queryRows<RekapRow>(
      db,
      sql`SELECT e.id AS evaluasi_id, e.pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama, p.golongan,
                 e.unit_id, e.status, e.rating_hasil_kerja, e.rating_perilaku, e.predikat, pn.nip AS penilai_nip, pn.nama AS penilai_nama
            FROM evaluasi e
            JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
            LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            LEFT JOIN pegawai pn ON pn.instansi_id = e.instansi_id AND pn.id = e.pejabat_penilai_id
           WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId}
             ${unitIds ? sql`AND e.unit_id = ANY(${uuidArray(unitIds)})` : sql``}`,
    );
  },

  unitHasil(db: DbOrTx, instansiId: string, periodeId: string) {
    return queryRows<{ unit_id: string; capaian: string | null; final: boolean; override_alasan: string | null }>(
      db,
      sql`SELECT u.id AS unit_id, co.capaian, fu.unit_id IS NOT NULL AS final, fu.override_alasan
            FROM unit_kerja u
            LEFT JOIN capaian_organisasi co ON co.instansi_id = u.instansi_id AND co.periode_id = ${periodeId} AND co.unit_id = u.id
            LEFT JOIN finalisasi_unit fu ON fu.instansi_id = u.instansi_id AND fu.periode_id = ${periodeId} AND fu.unit_id = u.id
           WHERE u.instansi_id = ${instansiId} AND (co.unit_id IS NOT NULL OR fu.unit_id IS NOT NULL)`,
    );
  },
};
