import { createHash } from 'node:crypto';

/**
 * What a final evaluation fixes; the QR code on its documents verifies against the hash of it.
 *
 * There is no column to store the hash (the schema of issue #6 has none), so it is not stored:
 * it is computed from this content, deterministically, when a document is printed and again when
 * someone verifies a printed one (`GET /verifikasi/evaluasi/:id?h=`). Everything in it is fixed
 * once the evaluation is FINAL — only a keberatan decision that changes the result (DIUBAH)
 * changes it, and then a paper printed earlier rightly no longer verifies. The status is left
 * out on purpose: a result upheld on keberatan (FINAL → KEBERATAN → DIPUTUS, same values) keeps
 * its printed documents valid. Things that may be added after finalisation without changing the
 * result (the post-assessment discussion, receipt, the tim penilai's recommendations) are not in
 * it either, so both documents of one evaluation carry the same code.
 */
export interface EvaluasiContent {
  id: string;
  pegawaiId: string;
  nip: string;
  periode: { jenis: string; tahun: number; nomor: number };
  skpId: string;
  unitId: string;
  pejabatPenilaiId: string | null;
  atasanPenilaiId: string | null;
  capaianOrganisasi: string | null;
  ratingHasilKerja: string | null;
  ratingPerilaku: string | null;
  predikat: string | null;
  umpanBalikHasilKerja: string | null;
  umpanBalikPerilaku: string | null;
  rhk: ReadonlyArray<{ rhkId: string; rating: string; umpanBalik: string | null }>;
  perilaku: ReadonlyArray<{ kode: string; umpanBalik: string }>;
  /** When the unit was finalised (ISO); fixed from then on. */
  finalAt: string | null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** SHA-256 (hex) of a canonical form of the content: independent of row order. */
export function evaluasiContentHash(c: EvaluasiContent): string {
  const canonical = JSON.stringify({
    v: 1,
    id: c.id,
    pegawai: [c.pegawaiId, c.nip],
    periode: [c.periode.jenis, c.periode.tahun, c.periode.nomor],
    skp: c.skpId,
    unit: c.unitId,
    penilai: [c.pejabatPenilaiId ?? '', c.atasanPenilaiId ?? ''],
    capaian: c.capaianOrganisasi ?? '',
    rating: [c.ratingHasilKerja ?? '', c.ratingPerilaku ?? '', c.predikat ?? ''],
    umpanBalik: [c.umpanBalikHasilKerja ?? '', c.umpanBalikPerilaku ?? ''],
    rhk: [...c.rhk].sort((a, b) => cmp(a.rhkId, b.rhkId)).map((r) => [r.rhkId, r.rating, r.umpanBalik ?? '']),
    perilaku: [...c.perilaku].sort((a, b) => cmp(a.kode, b.kode)).map((p) => [p.kode, p.umpanBalik]),
    finalAt: c.finalAt ? new Date(c.finalAt).toISOString() : '',
  });
  return createHash('sha256').update(canonical).digest('hex');
}
