import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Unit } from '@capaian/contract/organisasi';
import type { PeriodeItem, PeriodeList } from '@capaian/contract/penilaian';
import type { BarisPeringkat, Distribusi, LaporanTahunanResponse, LingkupPeringkat, PeringkatResponse } from '@capaian/contract/tindak-lanjut';
import { api, buildUrl } from '@/lib/api-client';
import { allOf } from '@/lib/labels';

export type { BarisPeringkat, Distribusi, LaporanTahunanResponse, LingkupPeringkat, PeringkatResponse, PeriodeItem, Unit };

/** Who a ranking compares, in the order the select offers them. */
export const LINGKUP = allOf<LingkupPeringkat>()(['PEMDA', 'PERANGKAT_DAERAH', 'UNIT']);

/** Rows per page of the ranking table. */
export const UKURAN_HALAMAN = 50;

/** The ranking's query (GET /tindak-lanjut/peringkat); `unitId` is required unless the lingkup is PEMDA. */
export interface PeringkatFilter {
  periodeId: string;
  lingkup: LingkupPeringkat;
  unitId: string | null;
  halaman: number;
  q: string;
}

export const tindakLanjutKeys = {
  all: ['tindak-lanjut'] as const,
  peringkat: (f: PeringkatFilter) => ['tindak-lanjut', 'peringkat', f] as const,
  laporan: (tahun: number) => ['tindak-lanjut', 'laporan-tahunan', tahun] as const,
};

/** The assessment periods of a year (shares the penilaian pages' cache key: same endpoint, same answer). */
export function periodeQuery(tahun: number) {
  return queryOptions({
    queryKey: ['penilaian', 'periode', tahun] as const,
    queryFn: ({ signal }) => api.get<PeriodeList>('/penilaian/periode', { tahun }, signal),
    staleTime: 5 * 60_000,
  });
}

/** The instansi's units (shares the organisation page's cache key). */
export const unitsQuery = queryOptions({
  queryKey: ['unit-kerja'] as const,
  queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
  staleTime: 5 * 60_000,
});

const peringkatParams = (f: Pick<PeringkatFilter, 'periodeId' | 'lingkup' | 'unitId'>) => ({
  periodeId: f.periodeId,
  lingkup: f.lingkup,
  unitId: f.lingkup === 'PEMDA' ? undefined : (f.unitId ?? undefined),
});

export function peringkatQuery(f: PeringkatFilter) {
  return queryOptions({
    queryKey: tindakLanjutKeys.peringkat(f),
    queryFn: ({ signal }) =>
      api.get<PeringkatResponse>('/tindak-lanjut/peringkat', { ...peringkatParams(f), halaman: f.halaman, ukuran: UKURAN_HALAMAN, q: f.q || undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The whole ranking of the group as XLSX (every row; the search does not narrow it). */
export const peringkatXlsxUrl = (f: Pick<PeringkatFilter, 'periodeId' | 'lingkup' | 'unitId'>) => buildUrl('/tindak-lanjut/peringkat.xlsx', peringkatParams(f));

export function laporanTahunanQuery(tahun: number) {
  return queryOptions({
    queryKey: tindakLanjutKeys.laporan(tahun),
    queryFn: ({ signal }) => api.get<LaporanTahunanResponse>('/tindak-lanjut/laporan-tahunan', { tahun }, signal),
    placeholderData: keepPreviousData,
  });
}

export const laporanUrl = (tahun: number, format: 'pdf' | 'xlsx') => buildUrl(`/tindak-lanjut/laporan-tahunan.${format}`, { tahun });
