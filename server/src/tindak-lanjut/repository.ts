/**
 * SQL of the follow-up stage (tindak lanjut): the final results a ranking or a report is made of.
 * Every query filters on instansi_id first.
 */
import { EVALUASI_FINAL } from '@capaian/domain';
import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type DbOrTx } from '../db/client.js';
import { sqlList } from '../db/sql-list.js';

export interface HasilRow {
  evaluasi_id: string;
  pegawai_id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan_nama: string | null;
  jabatan_jenis: string | null;
  unit_id: string;
  final: boolean;
  rating_hasil_kerja: string | null;
  rating_perilaku: string | null;
  predikat: string | null;
  rhk_di_atas: number;
  rhk_di_bawah: number;
  rhk_jumlah: number;
}

export interface PeriodeRow {
  id: string;
  jenis: string;
  tahun: number;
  nomor: number;
  mulai: string;
  selesai: string;
  status: string;
  aturan_versi: number | null;
}

export const tindakLanjutRepository = {
  async periode(db: DbOrTx, instansiId: string, id: string): Promise<PeriodeRow | null> {
    const [row] = await queryRows<PeriodeRow>(
      db,
      sql`SELECT id, jenis, tahun, nomor, mulai::text AS mulai, selesai::text AS selesai, status, aturan_versi
            FROM periode_penilaian WHERE instansi_id = ${instansiId} AND id = ${id}`,
    );
    return row ?? null;
  },

  async periodeTahunan(db: DbOrTx, instansiId: string, tahun: number): Promise<PeriodeRow | null> {
    const [row] = await queryRows<PeriodeRow>(
      db,
      sql`SELECT id, jenis, tahun, nomor, mulai::text AS mulai, selesai::text AS selesai, status, aturan_versi
            FROM periode_penilaian WHERE instansi_id = ${instansiId} AND tahun = ${tahun} AND jenis = 'TAHUNAN'`,
    );
    return row ?? null;
  },

  /**
   * Every evaluation of a period in the given units (all when null), whether final, with the
   * pegawai's name and jabatan and how many of its RHK were rated above and below expectation:
   * one statement, the RHK counted only for this period's evaluations.
   */
  hasil(db: DbOrTx, instansiId: string, periodeId: string, unitIds: readonly string[] | null) {
    return queryRows<HasilRow>(
      db,
      sql`SELECT e.id AS evaluasi_id, e.pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang,
                 j.nama AS jabatan_nama, j.jenis AS jabatan_jenis, e.unit_id,
                 e.status IN ${sqlList(EVALUASI_FINAL)} AS final,
                 e.rating_hasil_kerja, e.rating_perilaku, e.predikat,
                 COALESCE(r.di_atas, 0)::int AS rhk_di_atas, COALESCE(r.di_bawah, 0)::int AS rhk_di_bawah, COALESCE(r.jumlah, 0)::int AS rhk_jumlah
            FROM evaluasi e
            JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
            LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            LEFT JOIN (
              SELECT er.evaluasi_id,
                     count(*) FILTER (WHERE er.rating = 'DI_ATAS_EKSPEKTASI') AS di_atas,
                     count(*) FILTER (WHERE er.rating = 'DI_BAWAH_EKSPEKTASI') AS di_bawah,
                     count(*) AS jumlah
                FROM evaluasi_rhk er
                JOIN evaluasi e2 ON e2.instansi_id = er.instansi_id AND e2.id = er.evaluasi_id
               WHERE er.instansi_id = ${instansiId} AND e2.periode_id = ${periodeId}
               GROUP BY er.evaluasi_id
            ) r ON r.evaluasi_id = e.id
           WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId}
             ${unitIds ? sql`AND e.unit_id = ANY(${uuidArray(unitIds)})` : sql``}
           ORDER BY p.nama, p.nip`,
    );
  },
};
