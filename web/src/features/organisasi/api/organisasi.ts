import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Can, Page } from '@/types/api';

export interface Unit {
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
  jenis: string;
  perangkatDaerah: boolean;
  alamat: string | null;
  aktif: boolean;
  jumlahPegawai: number;
  jumlahPegawaiTotal: number;
  kepala: { pegawaiId: string; nama: string; nip: string; plt: 'PLT' | 'PLH' | null } | null;
  can: Can;
}

export interface UnitInput {
  parentId: string | null;
  kode: string;
  nama: string;
  jenis: string;
  perangkatDaerah: boolean;
  alamat: string | null;
  aktif: boolean;
}

export interface Jabatan {
  id: string;
  unitId: string;
  unitNama: string;
  kode: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  kepalaUnit: boolean;
  kelas: number | null;
  jumlahPemangku: number;
  can: Can;
}

export interface JabatanInput {
  unitId: string;
  kode: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  kepalaUnit: boolean;
  kelas: number | null;
}

export interface Plt {
  id: string;
  pegawaiId: string;
  pegawaiNama: string;
  pegawaiNip: string;
  jabatanId: string;
  jabatanNama: string;
  unitNama: string;
  jenis: 'PLT' | 'PLH';
  tanggalMulai: string;
  tanggalSelesai: string;
  nomorSk: string | null;
  can: Can;
}

export interface PltInput {
  pegawaiId: string;
  jabatanId: string;
  jenis: 'PLT' | 'PLH';
  tanggalMulai: string;
  tanggalSelesai: string;
  nomorSk: string | null;
}

export interface PegawaiCari {
  id: string;
  nip: string;
  namaLengkap: string;
  jabatanNama: string;
}

export const orgKeys = {
  units: ['unit-kerja'] as const,
  jabatan: ['jabatan'] as const,
  jabatanOfUnit: (unitId: string) => ['jabatan', 'unit', unitId] as const,
  plt: ['plt'] as const,
};

export const unitsQuery = queryOptions({
  queryKey: orgKeys.units,
  queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
});

export function jabatanOfUnitQuery(unitId: string) {
  return queryOptions({
    queryKey: orgKeys.jabatanOfUnit(unitId),
    queryFn: ({ signal }) => api.get<Jabatan[]>('/jabatan', { unitId }, signal),
  });
}

export const pltQuery = queryOptions({
  queryKey: orgKeys.plt,
  queryFn: ({ signal }) => api.get<Plt[]>('/plt', undefined, signal),
});

export function pegawaiCariQuery(q: string) {
  return queryOptions({
    queryKey: ['pegawai', 'cari', q],
    queryFn: ({ signal }) => api.get<Page<PegawaiCari>>('/pegawai', { q: q || undefined, pageSize: 20 }, signal),
    staleTime: 60_000,
  });
}

export const createUnit = (input: UnitInput) => api.post<Unit>('/unit-kerja', input);
export const updateUnit = (id: string, input: UnitInput) => api.put<Unit>(`/unit-kerja/${encodeURIComponent(id)}`, input);
export const deleteUnit = (id: string) => api.delete(`/unit-kerja/${encodeURIComponent(id)}`);

export const createJabatan = (input: JabatanInput) => api.post<Jabatan>('/jabatan', input);
export const updateJabatan = (id: string, input: JabatanInput) => api.put<Jabatan>(`/jabatan/${encodeURIComponent(id)}`, input);
export const deleteJabatan = (id: string) => api.delete(`/jabatan/${encodeURIComponent(id)}`);

export const createPlt = (input: PltInput) => api.post<Plt>('/plt', input);
export const deletePlt = (id: string) => api.delete(`/plt/${encodeURIComponent(id)}`);
