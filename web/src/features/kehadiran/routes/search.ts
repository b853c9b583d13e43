import { isUuid } from '@/lib/search';

/** URL search parameters of the monthly attendance page (validated by the router). */
export interface KehadiranSearch {
  /** Another pegawai's rekap (a superior, pengelola or BKPSDM looking at it); default: mine. */
  pegawaiId?: string;
  tahun?: number;
  bulan?: number;
}

export function validateKehadiranSearch(raw: Record<string, unknown>): KehadiranSearch {
  const out: KehadiranSearch = {};
  const id = raw['pegawaiId'];
  if (isUuid(id)) out.pegawaiId = id;
  const tahun = Number(raw['tahun']);
  const bulan = Number(raw['bulan']);
  if (Number.isInteger(tahun) && tahun >= 2020 && tahun <= 2100 && Number.isInteger(bulan) && bulan >= 1 && bulan <= 12) {
    out.tahun = tahun;
    out.bulan = bulan;
  }
  return out;
}
