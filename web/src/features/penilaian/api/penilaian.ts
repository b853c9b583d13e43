import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CapaianDetail,
  CapaianInput,
  Diskusi,
  DiskusiInput,
  Evaluasi,
  EvaluasiInput,
  EvaluasiList,
  EvaluasiRhk,
  FinalisasiResult,
  JenisPeriode,
  KurvaStatus,
  Pelanggaran,
  PeriodeInput,
  PeriodeItem,
  PeriodeList,
  RingkasanTahunan,
  StatusEvaluasi,
  UmpanBalikBerkala,
  UnitItem,
  UnitList,
} from '@capaian/contract/penilaian';
import { api } from '@/lib/api-client';

/** One row of the own or team results list. */
export type EvaluasiListItem = EvaluasiList['items'][number];

export type { CapaianDetail, Diskusi, Evaluasi, EvaluasiRhk, JenisPeriode, KurvaStatus, Pelanggaran, PeriodeItem, RingkasanTahunan, StatusEvaluasi, UmpanBalikBerkala, UnitItem };

export const penilaianKeys = {
  all: ['penilaian'] as const,
  periode: (tahun: number) => ['penilaian', 'periode', tahun] as const,
  unit: (periodeId: string) => ['penilaian', 'unit', periodeId] as const,
  capaian: (periodeId: string, unitId: string) => ['penilaian', 'capaian', periodeId, unitId] as const,
  evaluasiList: (peran: 'saya' | 'tim', periodeId: string | null) => ['penilaian', 'evaluasi', 'list', peran, periodeId ?? ''] as const,
  evaluasi: (id: string) => ['penilaian', 'evaluasi', 'detail', id] as const,
  kurva: (unitId: string, periodeId: string) => ['penilaian', 'kurva', unitId, periodeId] as const,
};

const enc = encodeURIComponent;

export function periodeQuery(tahun: number) {
  return queryOptions({
    queryKey: penilaianKeys.periode(tahun),
    queryFn: ({ signal }) => api.get<PeriodeList>('/penilaian/periode', { tahun }, signal),
    placeholderData: keepPreviousData,
  });
}

export function unitQuery(periodeId: string) {
  return queryOptions({
    queryKey: penilaianKeys.unit(periodeId),
    queryFn: ({ signal }) => api.get<UnitList>(`/penilaian/periode/${enc(periodeId)}/unit`, undefined, signal),
    retry: false,
  });
}

export function capaianQuery(periodeId: string, unitId: string) {
  return queryOptions({
    queryKey: penilaianKeys.capaian(periodeId, unitId),
    queryFn: ({ signal }) => api.get<CapaianDetail>('/penilaian/capaian-organisasi', { periodeId, unitId }, signal),
    retry: false,
  });
}

export function evaluasiListQuery(peran: 'saya' | 'tim', periodeId: string | null) {
  return queryOptions({
    queryKey: penilaianKeys.evaluasiList(peran, periodeId),
    queryFn: ({ signal }) => api.get<EvaluasiList>('/penilaian/evaluasi', { peran, periodeId }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function evaluasiQuery(id: string) {
  return queryOptions({
    queryKey: penilaianKeys.evaluasi(id),
    queryFn: ({ signal }) => api.get<Evaluasi>(`/penilaian/evaluasi/${enc(id)}`, undefined, signal),
    retry: false,
  });
}

export function kurvaQuery(unitId: string, periodeId: string) {
  return queryOptions({
    queryKey: penilaianKeys.kurva(unitId, periodeId),
    queryFn: ({ signal }) => api.get<KurvaStatus>(`/penilaian/unit/${enc(unitId)}/kurva`, { periodeId }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export const pdfUrl = {
  evaluasi: (id: string) => `/api/v1/penilaian/evaluasi/${enc(id)}/pdf`,
  dokumen: (id: string) => `/api/v1/penilaian/evaluasi/${enc(id)}/dokumen-pdf`,
  capaian: (periodeId: string, unitId: string) => `/api/v1/penilaian/capaian-organisasi/pdf?periodeId=${enc(periodeId)}&unitId=${enc(unitId)}`,
};

/** Every mutation re-reads the whole feature (lists, units, curves, details). */
function useInvalidating<TArgs, TResult>(fn: (args: TArgs) => Promise<TResult>, onSuccess?: (r: TResult) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (r) => {
      onSuccess?.(r);
      await qc.invalidateQueries({ queryKey: penilaianKeys.all });
    },
  });
}

export function useBukaPeriode() {
  return useInvalidating((body: PeriodeInput) => api.post<PeriodeItem>('/penilaian/periode', body));
}

export function useTutupPeriode() {
  return useInvalidating((id: string) => api.post<PeriodeItem>(`/penilaian/periode/${enc(id)}/tutup`));
}

export function useTetapkanCapaian() {
  return useInvalidating((body: CapaianInput) => api.put<CapaianDetail>('/penilaian/capaian-organisasi', body));
}

export function useFinalisasiUnit() {
  return useInvalidating((v: { unitId: string; periodeId: string; overrideAlasan?: string }) =>
    api.post<FinalisasiResult>(`/penilaian/unit/${enc(v.unitId)}/finalisasi`, {
      periodeId: v.periodeId,
      ...(v.overrideAlasan ? { overrideAlasan: v.overrideAlasan } : {}),
    }),
  );
}

/** Saves the ratings; the detail is replaced with the server's answer and the unit's curve re-read at once. */
export function useSimpanEvaluasi(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluasiInput) => api.put<Evaluasi>(`/penilaian/evaluasi/${enc(id)}`, body),
    onSuccess: async (e) => {
      qc.setQueryData(penilaianKeys.evaluasi(id), e);
      await Promise.all([
        qc.invalidateQueries({ queryKey: penilaianKeys.kurva(e.unit.id, e.periode.id) }),
        qc.invalidateQueries({ queryKey: ['penilaian', 'evaluasi', 'list'] }),
        qc.invalidateQueries({ queryKey: ['penilaian', 'unit'] }),
      ]);
    },
  });
}

export function useTerima(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Evaluasi>(`/penilaian/evaluasi/${enc(id)}/terima`),
    onSuccess: (e) => qc.setQueryData(penilaianKeys.evaluasi(id), e),
  });
}

export function useDiskusi(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DiskusiInput) => api.put<Evaluasi>(`/penilaian/evaluasi/${enc(id)}/diskusi`, body),
    onSuccess: (e) => qc.setQueryData(penilaianKeys.evaluasi(id), e),
  });
}
