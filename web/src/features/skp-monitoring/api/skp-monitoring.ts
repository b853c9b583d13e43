import { queryOptions } from '@tanstack/react-query';
import { api, buildUrl } from '@/lib/api-client';

/** Mirrors server/src/skp-monitoring/schema.ts. */
export const KATEGORI = ['BELUM_DIBUAT', 'DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI'] as const;
export type Kategori = (typeof KATEGORI)[number];

export interface Angka {
  jumlah: Record<Kategori, number>;
  total: number;
  persenDisetujui: number;
  jumlahTerlambat: number;
}

export interface MonitoringRow extends Angka {
  unitId: string;
  kode: string;
  nama: string;
  perangkatDaerah: boolean;
  langsung: boolean;
  jumlahSubUnit: number;
}

export interface MonitoringResult {
  tahun: number;
  batasWaktu: string;
  terlambat: boolean;
  unit: { id: string; kode: string; nama: string } | null;
  items: MonitoringRow[];
  ringkasan: Angka;
}

export interface MonitoringPegawaiItem {
  pegawaiId: string;
  nip: string;
  nama: string;
  namaLengkap: string;
  jabatanNama: string;
  unitId: string;
  unitNama: string;
  status: Kategori;
  statusLabel: string;
  skpId: string | null;
  versi: number | null;
  terlambat: boolean;
}

export interface MonitoringPegawaiPage {
  items: MonitoringPegawaiItem[];
  total: number;
  page: number;
  pageSize: number;
}

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

export const kirimPengingat = (tahun: number, unitId: string | null) => api.post<{ dikirim: number }>('/skp-monitoring/pengingat', { tahun, unitId });

export const eksporUrl = (tahun: number, unitId: string | null) => buildUrl('/skp-monitoring/ekspor.xlsx', { tahun, unitId });
