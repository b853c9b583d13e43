import { queryOptions } from '@tanstack/react-query';
import type { Unit } from '@capaian/contract/organisasi';
import type {
  SasaranResponse,
  TemplateBody,
  TemplateDetail,
  TemplateInput,
  TemplateList,
  TemplateRhk,
  TemplateRingkas,
  TerapkanResponse,
  Tindakan,
} from '@capaian/contract/skp-template';
import { api } from '@/lib/api-client';

export type { TemplateDetail, TemplateInput, TemplateRhk, TemplateRingkas, TerapkanResponse, Tindakan };

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
  queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
  staleTime: 5 * 60_000,
});

export const createTemplate = (input: TemplateBody) => api.post<TemplateDetail>('/skp-template', input);
export const updateTemplate = (id: string, input: TemplateBody) => api.put<TemplateDetail>(p(id), input);
export const deleteTemplate = (id: string) => api.delete(p(id));
export const terapkanTemplate = (id: string, tahun: number, pegawaiIds: string[]) =>
  api.post<TerapkanResponse>(`${p(id)}/terapkan`, { tahun, pegawaiIds });
