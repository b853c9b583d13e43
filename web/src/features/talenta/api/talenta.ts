import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CalonLowongan, ImporPotensiResult, LowonganList, PetaTalenta } from '@capaian/contract/talenta';
import type { JenisJabatan } from '@capaian/domain';
import { api, buildUrl } from '@/lib/api-client';

export type { CalonLowongan, PetaTalenta };
const enc = encodeURIComponent;

export const petaQuery = (f: { perangkatDaerahId: string | null; jenisJabatan: JenisJabatan | null; kotak: number | null }) =>
  queryOptions({
    queryKey: ['talenta', 'peta', f] as const,
    queryFn: ({ signal }) => api.get<PetaTalenta>('/talenta/peta', { perangkatDaerahId: f.perangkatDaerahId, jenisJabatan: f.jenisJabatan, kotak: f.kotak }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
export const lowonganQuery = () => queryOptions({ queryKey: ['talenta', 'lowongan'] as const, queryFn: ({ signal }) => api.get<LowonganList>('/talenta/lowongan', undefined, signal), retry: false });
export const calonQuery = (id: string) => queryOptions({ queryKey: ['talenta', 'calon', id] as const, queryFn: ({ signal }) => api.get<CalonLowongan>(`/talenta/lowongan/${enc(id)}/calon`, undefined, signal), retry: false });
export const templatPotensiUrl = () => buildUrl('/talenta/potensi/templat');

export function useImporPotensi() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return api.post<ImporPotensiResult>('/talenta/potensi/impor', body);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['talenta'] }),
  });
}

