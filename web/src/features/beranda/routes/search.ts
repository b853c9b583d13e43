import type { DaftarFilter, Indikator, Lingkup } from '@capaian/contract/beranda';
import { PREDIKATS, type Predikat } from '@capaian/domain';
import { allOf, isOneOf } from '@/lib/labels';
import { isUuid } from '@/lib/search';

// The contract's lists, checked complete at compile time (the web imports the contract's types only).
const INDIKATOR = allOf<Indikator>()(['SKP_MENUNGGU', 'SKP_BELUM', 'SKP_DISETUJUI', 'BELUM_LAPOR', 'SUDAH_LAPOR', 'MENUNGGU_UMPAN_BALIK', 'PENILAIAN_BELUM', 'PENILAIAN_SELESAI', 'PREDIKAT', 'PERLU_PERHATIAN'] as const);
const LINGKUP = allOf<Lingkup>()(['tim', 'unit', 'pemda'] as const);

export type DaftarSearch = DaftarFilter & { page?: number };

/** The search of /beranda/daftar: the filter of a figure (anything unknown dropped; the server validates again). */
export function validateDaftarSearch(raw: Record<string, unknown>): DaftarSearch {
  const indikator: Indikator = isOneOf(INDIKATOR, typeof raw.indikator === 'string' ? raw.indikator : null) ? (raw.indikator as Indikator) : 'SKP_BELUM';
  const lingkup: Lingkup = isOneOf(LINGKUP, typeof raw.lingkup === 'string' ? raw.lingkup : null) ? (raw.lingkup as Lingkup) : 'tim';
  const out: DaftarSearch = { indikator, lingkup };
  for (const k of ['unitId', 'periodeId'] as const) {
    const id = raw[k];
    if (isUuid(id)) out[k] = id;
  }
  for (const k of ['tahun', 'bulan', 'page'] as const) {
    const n = Number(raw[k]);
    if (Number.isInteger(n) && n > 0) out[k] = n;
  }
  if (isOneOf(PREDIKATS, typeof raw.predikat === 'string' ? raw.predikat : null)) out.predikat = raw.predikat as Predikat;
  return out;
}


/** The search of /pusat-kendali/capaian: the period and the perangkat daerah (each optional; ids only). */
export interface CapaianMassalSearch {
  periodeId?: string;
  perangkatDaerahId?: string;
}
export function validateCapaianMassalSearch(raw: Record<string, unknown>): CapaianMassalSearch {
  const out: CapaianMassalSearch = {};
  for (const k of ['periodeId', 'perangkatDaerahId'] as const) {
    const id = raw[k];
    if (isUuid(id)) out[k] = id;
  }
  return out;
}
