/** URL search parameters of the pegawai list (validated by the router, shared by filters and links). */
export interface PegawaiSearch {
  q?: string;
  unitId?: string;
  jenisAsn?: string;
  jenisJabatan?: string;
  golongan?: string;
  status?: string;
  page?: number;
}

const KEYS = ['q', 'unitId', 'jenisAsn', 'jenisJabatan', 'golongan', 'status'] as const;

export function validatePegawaiSearch(raw: Record<string, unknown>): PegawaiSearch {
  const out: PegawaiSearch = {};
  for (const key of KEYS) {
    const v = raw[key];
    if (typeof v === 'string' && v.trim() !== '') out[key] = v.trim().slice(0, 100);
    else if (typeof v === 'number') out[key] = String(v);
  }
  const page = Number(raw['page']);
  if (Number.isInteger(page) && page > 1) out.page = page;
  return out;
}
