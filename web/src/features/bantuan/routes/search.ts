import type { PeranPanduan } from '@capaian/contract/bantuan';
import { allOf } from '@/lib/labels';

/** URL search of /bantuan: the guide shown, and the page whose "?" opened it (its section comes first). */
export interface BantuanSearch {
  peran?: PeranPanduan;
  dari?: string;
}

/** Loaded with the first page: the role codes are named here rather than importing the contract's values (checked complete at compile time). */
const PERAN = allOf<PeranPanduan>()(['pegawai', 'pejabat-penilai', 'pimpinan', 'pengelola-kinerja', 'admin-bkpsdm', 'admin-sistem'] as const);

export function validateBantuanSearch(raw: Record<string, unknown>): BantuanSearch {
  const out: BantuanSearch = {};
  const peran = PERAN.find((p) => p === raw['peran']);
  if (peran) out.peran = peran;
  const dari = raw['dari'];
  if (typeof dari === 'string' && dari.startsWith('/') && dari.length <= 300) out.dari = dari;
  return out;
}

/** URL search of /bantuan/glosarium: the search text. */
export interface GlosariumSearch {
  q?: string;
}
export function validateGlosariumSearch(raw: Record<string, unknown>): GlosariumSearch {
  const q = raw['q'];
  return typeof q === 'string' && q.length > 0 && q.length <= 100 ? { q } : {};
}
