import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Keberatan, KeberatanHasil, KeberatanInput, KeberatanList, KlarifikasiInput, PeranKeberatan, PutuskanInput } from '@capaian/contract/keberatan';
import type { Evaluasi } from '@capaian/contract/penilaian';
import { api } from '@/lib/api-client';

export type { Keberatan, KeberatanHasil, PeranKeberatan };

const enc = encodeURIComponent;
export const keberatanKeys = {
  all: ['keberatan'] as const,
  list: (peran: PeranKeberatan) => ['keberatan', 'list', peran] as const,
  detail: (id: string) => ['keberatan', 'detail', id] as const,
};

export function keberatanListQuery(peran: PeranKeberatan) {
  return queryOptions({
    queryKey: keberatanKeys.list(peran),
    queryFn: ({ signal }) => api.get<KeberatanList>('/keberatan', { peran }, signal),
    retry: false,
  });
}

export function keberatanQuery(id: string) {
  return queryOptions({
    queryKey: keberatanKeys.detail(id),
    queryFn: ({ signal }) => api.get<Keberatan>(`/keberatan/${enc(id)}`, undefined, signal),
    retry: false,
  });
}

export function evaluasiUntukKeberatanQuery(evaluasiId: string) {
  return queryOptions({
    queryKey: ['penilaian', 'evaluasi', 'detail', evaluasiId] as const,
    queryFn: ({ signal }) => api.get<Evaluasi>(`/penilaian/evaluasi/${enc(evaluasiId)}`, undefined, signal),
    retry: false,
  });
}

function useKeberatanMutation<TArgs>(fn: (a: TArgs) => Promise<Keberatan>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (k) => {
      qc.setQueryData(keberatanKeys.detail(k.id), k);
      await Promise.all([qc.invalidateQueries({ queryKey: ['keberatan', 'list'] }), qc.invalidateQueries({ queryKey: ['penilaian'] })]);
    },
  });
}

export function useAjukanKeberatan() {
  return useKeberatanMutation(async (v: KeberatanInput & { files: File[] }) => {
    const body: KeberatanInput = { evaluasiId: v.evaluasiId, alasan: v.alasan };
    let k = await api.post<Keberatan>('/keberatan', body);
    for (const f of v.files) {
      const fd = new FormData();
      fd.append('file', f);
      k = await api.post<Keberatan>(`/keberatan/${enc(k.id)}/lampiran`, fd);
    }
    return k;
  });
}

export function useUnggahLampiran(id: string) {
  return useKeberatanMutation((file: File) => {
    const fd = new FormData();
    fd.append('file', file);
    return api.post<Keberatan>(`/keberatan/${enc(id)}/lampiran`, fd);
  });
}

export function useKlarifikasi(id: string) {
  return useKeberatanMutation((body: KlarifikasiInput) => api.post<Keberatan>(`/keberatan/${enc(id)}/klarifikasi`, body));
}

export function usePutuskan(id: string) {
  return useKeberatanMutation((body: PutuskanInput) =>
    api.post<Keberatan>(`/keberatan/${enc(id)}/putuskan`, body),
  );
}
