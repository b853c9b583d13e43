import { queryOptions } from '@tanstack/react-query';
import type { Angka, Kategori, MonitoringPegawaiPage, MonitoringResult, MonitoringRow, PengingatResult } from '@capaian/contract/skp-monitoring';
import { api, buildUrl } from '@/lib/api-client';
import { allOf } from '@/lib/labels';

export type { Angka, Kategori, MonitoringRow };

/** The monitoring categories in column order. */
export const KATEGORI = allOf<Kategori>()(['BELUM_DIBUAT', 'DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI']);

export interface PegawaiFilter {
  tahun: number;
  unitId: string | null;
  status: Kategori | null;
  langsung: boolean;
  page: number;
}

export function monitoringQuery(tahun: number, unitId: string | null) {
  return queryOptions({
    queryKey: ['skp-monitoring', tahun, unitId ?? ''],
    queryFn: ({ signal }) => api.get<MonitoringResult>('/skp-monitoring', { tahun, unitId }, signal),
    retry: false,
  });
}

export const PAGE_SIZE = 20;

export function monitoringPegawaiQuery(f: PegawaiFilter) {
  return queryOptions({
    queryKey: ['skp-monitoring', 'pegawai', f],
    queryFn: ({ signal }) =>
      api.get<MonitoringPegawaiPage>(
        '/skp-monitoring/pegawai',
        { tahun: f.tahun, unitId: f.unitId, status: f.status, langsung: f.langsung ? 'true' : undefined, page: f.page, pageSize: PAGE_SIZE },
        signal,
      ),
  });
}

export const kirimPengingat = (tahun: number, unitId: string | null) => api.post<PengingatResult>('/skp-monitoring/pengingat', { tahun, unitId });

export const eksporUrl = (tahun: number, unitId: string | null) => buildUrl('/skp-monitoring/ekspor.xlsx', { tahun, unitId });
