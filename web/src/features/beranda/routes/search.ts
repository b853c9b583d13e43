import type { DaftarFilter, Indikator, Lingkup } from '@capaian/contract/beranda';
import { PREDIKATS, type Predikat } from '@capaian/domain';
import { allOf, isOneOf } from '@/lib/labels';

// The contract's lists, checked complete at compile time (the web imports the contract's types only).
const INDIKATOR = allOf<Indikator>()(['SKP_MENUNGGU', 'SKP_BELUM', 'SKP_DISETUJUI', 'BELUM_LAPOR', 'SUDAH_LAPOR', 'MENUNGGU_UMPAN_BALIK', 'PENILAIAN_BELUM', 'PENILAIAN_SELESAI', 'PREDIKAT', 'PERLU_PERHATIAN'] as const);
const LINGKUP = allOf<Lingkup>()(['tim', 'unit', 'pemda'] as const);

export type DaftarSearch = DaftarFilter & { page?: number };

const UUID = /^[0-9a-f-]{36}$/i;

/** The search of /beranda/daftar: the filter of a figure (anything unknown dropped; the server validates again). */
export function validateDaftarSearch(raw: Record<string, unknown>): DaftarSearch {
  const indikator: Indikator = isOneOf(INDIKATOR, typeof raw.indikator === 'string' ? raw.indikator : null) ? (raw.indikator as Indikator) : 'SKP_BELUM';
  const lingkup: Lingkup = isOneOf(LINGKUP, typeof raw.lingkup === 'string' ? raw.lingkup : null) ? (raw.lingkup as Lingkup) : 'tim';
  const out: DaftarSearch = { indikator, lingkup };
  for (const k of ['unitId', 'periodeId'] as const) if (typeof raw[k] === 'string' && UUID.test(raw[k])) out[k] = raw[k];
  for (const k of ['tahun', 'bulan', 'page'] as const) {
    const n = Number(raw[k]);
    if (Number.isInteger(n) && n > 0) out[k] = n;
  }
  if (isOneOf(PREDIKATS, typeof raw.predikat === 'string' ? raw.predikat : null)) out.predikat = raw.predikat as Predikat;
  return out;
}

