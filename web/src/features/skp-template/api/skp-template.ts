import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Mirrors server/src/skp-template/schema.ts. */
export interface TemplateIndikator {
  aspek: string;
  uraian: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
}

export interface TemplateRhk {
  jenis: string;
  uraian: string;
  indikator: TemplateIndikator[];
}

export interface TemplateCan {
  read: boolean;
  ubah: boolean;
  hapus: boolean;
  terapkan: boolean;
}

export interface TemplateRingkas {
  id: string;
  nama: string;
  jabatanNama: string;
  unitId: string | null;
  unitNama: string | null;
  jumlahRhk: number;
  jumlahIndikator: number;
  diperbarui: string;
  can: TemplateCan;
}

export interface TemplateList {
  items: TemplateRingkas[];
  can: { buat: boolean; seluruhInstansi: boolean };
}

export interface TemplateDetail extends TemplateRingkas {
  isi: TemplateRhk[];
  dibuatOleh: string | null;
}

export interface TemplateInput {
  nama: string;
  jabatanNama: string;
  unitId: string | null;
  isi: TemplateRhk[];
}

export type Tindakan = 'BUAT' | 'TAMBAH' | 'LEWATI';

export interface SasaranItem {
  pegawaiId: string;
  nip: string;
  namaLengkap: string;
  jabatanNama: string;
  unitNama: string;
  skp: { id: string; versi: number; status: string; statusLabel: string } | null;
  tindakan: Tindakan;
  alasan: string | null;
}

export interface SasaranResponse {
  tahun: number;
  items: SasaranItem[];
}

export interface TerapkanResponse {
  dibuat: number;
  ditambahkan: number;
  dilewati: Array<{ pegawaiId: string; nama: string; alasan: string }>;
}

export interface UnitOption {
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
  aktif: boolean;
}

export { ASPEK } from '@/lib/labels';

export const templateKeys = {
  all: ['skp-template'] as const,
  list: ['skp-template', 'list'] as const,
  detail: (id: string) => ['skp-template', 'detail', id] as const,
  sasaran: (id: string, tahun: number) => ['skp-template', 'sasaran', id, tahun] as const,
};

const p = (id: string) => `/skp-template/${encodeURIComponent(id)}`;

export const templateListQuery = queryOptions({
  queryKey: templateKeys.list,
  queryFn: ({ signal }) => api.get<TemplateList>('/skp-template', undefined, signal),
});

export function templateDetailQuery(id: string) {
  return queryOptions({ queryKey: templateKeys.detail(id), queryFn: ({ signal }) => api.get<TemplateDetail>(p(id), undefined, signal) });
}

export function sasaranQuery(id: string, tahun: number) {
  return queryOptions({
    queryKey: templateKeys.sasaran(id, tahun),
    queryFn: ({ signal }) => api.get<SasaranResponse>(`${p(id)}/sasaran`, { tahun }, signal),
  });
}

export const unitOptionsQuery = queryOptions({
  queryKey: ['unit-kerja'],
  queryFn: ({ signal }) => api.get<UnitOption[]>('/unit-kerja', undefined, signal),
  staleTime: 5 * 60_000,
});

export const createTemplate = (input: TemplateInput) => api.post<TemplateDetail>('/skp-template', input);
export const updateTemplate = (id: string, input: TemplateInput) => api.put<TemplateDetail>(p(id), input);
export const deleteTemplate = (id: string) => api.delete(p(id));
export const terapkanTemplate = (id: string, tahun: number, pegawaiIds: string[]) =>
  api.post<TerapkanResponse>(`${p(id)}/terapkan`, { tahun, pegawaiIds });
