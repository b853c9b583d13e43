import type { JenisKasus, KasusState } from '@capaian/domain';
import type { KasusListQuery } from '@capaian/contract/tindak-lanjut';

export type LingkupKasus = KasusListQuery['lingkup'];

/** URL search parameters of the pembinaan list (validated by the router); absent: my own cases, any status and kind, page 1. */
export interface PembinaanSearch {
  lingkup?: Exclude<LingkupKasus, 'SAYA'>;
  status?: KasusState;
  jenis?: JenisKasus;
  halaman?: number;
}

/**
 * The router loads this file with the first page, so it names the codes itself instead of
 * importing the domain (which stays in the lazily loaded chunks); an unknown code is dropped.
 */
const LINGKUP_LAIN: ReadonlyArray<Exclude<LingkupKasus, 'SAYA'>> = ['TIM', 'SEMUA'];
const STATUS: readonly KasusState[] = ['DIUSULKAN', 'DITINDAKLANJUTI', 'SELESAI', 'DIABAIKAN', 'GUGUR'];
const JENIS: readonly JenisKasus[] = ['RENCANA_PERBAIKAN', 'KINERJA_BERULANG', 'DISIPLIN'];

const pilih = <T extends string>(codes: readonly T[], v: unknown): T | undefined => codes.find((c) => c === v);

export function validatePembinaanSearch(raw: Record<string, unknown>): PembinaanSearch {
  const out: PembinaanSearch = {};
  const lingkup = pilih(LINGKUP_LAIN, raw['lingkup']);
  if (lingkup) out.lingkup = lingkup;
  const status = pilih(STATUS, raw['status']);
  if (status) out.status = status;
  const jenis = pilih(JENIS, raw['jenis']);
  if (jenis) out.jenis = jenis;
  const halaman = Number(raw['halaman']);
  if (Number.isInteger(halaman) && halaman > 1 && halaman <= 100_000) out.halaman = halaman;
  return out;
}
