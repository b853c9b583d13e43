import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';

export interface SiasnRow {
  evaluasi_id: string;
  pegawai_id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jenis_asn: string;
  unit_id: string;
  unit_nama: string;
  status: string;
  rating_hasil_kerja: string | null;
  rating_perilaku: string | null;
  predikat: string | null;
  unit_final: boolean;
  pejabat_penilai_id: string | null;
  penilai_nip: string | null;
  penilai_nama: string | null;
  penilai_gelar_depan: string | null;
  penilai_gelar_belakang: string | null;
  penilai_golongan: string | null;
  penilai_jabatan: string | null;
  penilai_unor: string | null;
  atasan_penilai_id: string | null;
  atasan_nip: string | null;
  atasan_nama: string | null;
  atasan_gelar_depan: string | null;
  atasan_gelar_belakang: string | null;
  atasan_golongan: string | null;
  atasan_jabatan: string | null;
  atasan_unor: string | null;
}

/** A party's columns (pegawai, jabatan, unit) under a prefix. */
const pihak = (alias: string, prefix: string) =>
  sql.raw(
    `${alias}.nip AS ${prefix}_nip, ${alias}.nama AS ${prefix}_nama, ${alias}.gelar_depan AS ${prefix}_gelar_depan, ${alias}.gelar_belakang AS ${prefix}_gelar_belakang,
     ${alias}.golongan AS ${prefix}_golongan, ${alias}j.nama AS ${prefix}_jabatan, ${alias}u.nama AS ${prefix}_unor`,
  );
const joinPihak = (alias: string, col: string) =>
  sql.raw(
    `LEFT JOIN pegawai ${alias} ON ${alias}.instansi_id = e.instansi_id AND ${alias}.id = e.${col}
     LEFT JOIN jabatan ${alias}j ON ${alias}j.instansi_id = ${alias}.instansi_id AND ${alias}j.id = ${alias}.jabatan_id
     LEFT JOIN unit_kerja ${alias}u ON ${alias}u.instansi_id = ${alias}j.instansi_id AND ${alias}u.id = ${alias}j.unit_id`,
  );

export const siasnRepository = {
  async periode(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<{ id: string; jenis: string; tahun: number; nomor: number; mulai: string; selesai: string }>(
      db,
      sql`SELECT id, jenis, tahun, nomor, mulai::text AS mulai, selesai::text AS selesai FROM periode_penilaian WHERE instansi_id = ${instansiId} AND id = ${id}`,
    );
    return row ?? null;
  },

  async instansi(db: DbOrTx, instansiId: string) {
    const [row] = await queryRows<{ kode: string; nama: string; kepala_daerah_nama: string | null; kepala_daerah_jabatan: string }>(
      db,
      sql`SELECT kode, nama, kepala_daerah_nama, kepala_daerah_jabatan FROM instansi WHERE id = ${instansiId}`,
    );
    return row ?? null;
  },

  /** Every evaluation of the period with the pegawai, the pejabat penilai and atasan on record, and whether its unit is finalised. */
  evaluasi(db: DbOrTx, instansiId: string, periodeId: string) {
    return queryRows<SiasnRow>(
      db,
      sql`SELECT e.id AS evaluasi_id, e.pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.jenis_asn,
                 e.unit_id, u.nama AS unit_nama, e.status, e.rating_hasil_kerja, e.rating_perilaku, e.predikat,
                 fu.unit_id IS NOT NULL AS unit_final,
                 e.pejabat_penilai_id, ${pihak('pn', 'penilai')},
                 e.atasan_penilai_id, ${pihak('pa', 'atasan')}
            FROM evaluasi e
            JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
            JOIN unit_kerja u ON u.instansi_id = e.instansi_id AND u.id = e.unit_id
            LEFT JOIN finalisasi_unit fu ON fu.instansi_id = e.instansi_id AND fu.periode_id = e.periode_id AND fu.unit_id = e.unit_id
            ${joinPihak('pn', 'pejabat_penilai_id')}
            ${joinPihak('pa', 'atasan_penilai_id')}
           WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId}
           ORDER BY u.nama, p.nama`,
    );
  },

  /** Active pegawai with no evaluation in the period (no approved SKP when it was opened): nothing would reach SIASN for them. */
  tanpaEvaluasi(db: DbOrTx, instansiId: string, periodeId: string) {
    return queryRows<{ id: string; nip: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; unit_id: string; unit_nama: string }>(
      db,
      sql`SELECT p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.unit_id, u.nama AS unit_nama
            FROM pegawai p
            JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
           WHERE p.instansi_id = ${instansiId} AND p.status NOT IN ('PENSIUN', 'NONAKTIF')
             AND NOT EXISTS (SELECT 1 FROM evaluasi e WHERE e.instansi_id = p.instansi_id AND e.periode_id = ${periodeId} AND e.pegawai_id = p.id)
           ORDER BY u.nama, p.nama`,
    );
  },
};
