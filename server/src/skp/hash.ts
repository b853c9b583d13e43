import { createHash } from 'node:crypto';

/** What an approval fixes in an SKP; the printed QR code verifies against its hash. */
export interface SkpContent {
  id: string;
  pegawaiId: string;
  tahun: number;
  versi: number;
  periodeMulai: string;
  periodeSelesai: string;
  pendekatan: string;
  rhk: Array<{ id: string; jenis: string; uraian: string; rhkAtasanId: string | null; perspektif: string | null }>;
  indikator: Array<{ rhkId: string; aspek: string; uraian: string; targetNilai: string | null; targetSatuan: string | null; targetTeks: string | null }>;
  perilaku: Array<{ kode: string; ekspektasi: string }>;
  lampiran: [string[], string[], string[]];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** SHA-256 of a canonical form of the content: independent of row order and of database ids. */
export function skpContentHash(c: SkpContent): string {
  const rhk = c.rhk
    .map((r) => ({
      key: [r.jenis, r.uraian, r.rhkAtasanId ?? '', r.perspektif ?? ''],
      indikator: c.indikator
        .filter((i) => i.rhkId === r.id)
        .map((i) => [i.aspek, i.uraian, i.targetNilai ?? '', i.targetSatuan ?? '', i.targetTeks ?? ''])
        .sort((a, b) => cmp(a.join('\u0000'), b.join('\u0000'))),
    }))
    .sort((a, b) => cmp(a.key.join('\u0000'), b.key.join('\u0000')));
  const canonical = JSON.stringify({
    id: c.id,
    pegawaiId: c.pegawaiId,
    tahun: c.tahun,
    versi: c.versi,
    periode: [c.periodeMulai, c.periodeSelesai],
    pendekatan: c.pendekatan,
    rhk,
    perilaku: [...c.perilaku].sort((a, b) => cmp(a.kode, b.kode)).map((p) => [p.kode, p.ekspektasi]),
    lampiran: c.lampiran,
  });
  return createHash('sha256').update(canonical).digest('hex');
}
