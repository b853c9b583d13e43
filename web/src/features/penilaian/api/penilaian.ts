import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BerakhlakKode, CapaianOrganisasi, Predikat, Rating } from '@capaian/domain';
import { api } from '@/lib/api-client';

/** Mirrors server/src/penilaian/schema.ts (API contract of issue #6). */
export type JenisPeriode = 'BULANAN' | 'TRIWULANAN' | 'SEMESTERAN' | 'TAHUNAN';
export type StatusEvaluasi = 'DRAFT' | 'DINILAI' | 'FINAL' | 'KEBERATAN' | 'DIPUTUS';

export interface PeriodeRingkas {
  id: string;
  jenis: JenisPeriode;
  tahun: number;
  nomor: number;
  label: string;
  mulai: string;
  selesai: string;
  batasPenilaian: string;
  status: 'DIBUKA' | 'DITUTUP';
}

export interface PeriodeItem extends PeriodeRingkas {
  progres: { evaluasi: number; dinilai: number; final: number; unitSelesai: number; unitTotal: number };
  can: { tutup: boolean; finalisasiMassal: boolean };
}

export interface PeriodeList {
  items: PeriodeItem[];
  can: { buka: boolean };
}

export interface Pelanggaran {
  id: string;
  pesan: string;
  selisih: number;
}

export interface KurvaStatus {
  capaian: CapaianOrganisasi | null;
  jumlah: number;
  belumDinilai: number;
  distribusi: Partial<Record<Predikat, number>>;
  aturan: Array<{ id: string; deskripsi: string; batas: number; aktual: number; terpenuhi: boolean; berlaku: boolean }>;
  pelanggaran: Pelanggaran[];
  bolehFinalisasi: boolean;
}

interface Orang {
  id: string;
  nama: string;
}

export interface FinalisasiInfo {
  at: string;
  oleh: Orang | null;
  overrideAlasan: string | null;
  overrideOleh: Orang | null;
  pelanggaran: Pelanggaran[];
}

export interface UnitItem {
  unitId: string;
  unitNama: string;
  capaian: CapaianOrganisasi | null;
  jumlahPegawai: number;
  dinilai: number;
  final: number;
  kurva: KurvaStatus;
  finalisasi: FinalisasiInfo | null;
  can: { tetapkanCapaian: boolean; finalisasi: boolean; override: boolean };
}

export interface CapaianDetail {
  unit: Orang;
  periode: PeriodeRingkas;
  capaian: CapaianOrganisasi | null;
  justifikasi: string | null;
  ditetapkanOleh: Orang | null;
  ditetapkanAt: string | null;
  rowVersion: number | null;
  pk: Array<{ sasaran: string; indikator: string; target: string; realisasi: string | null }>;
  can: { tetapkan: boolean };
}

export interface PegawaiRingkas {
  id: string;
  nip: string;
  nama: string;
  jabatan: string;
}

export interface EvaluasiCan {
  nilai: boolean;
  finalisasi: boolean;
  terima: boolean;
  diskusi: boolean;
  ajukanKeberatan: boolean;
  unduhPdf: boolean;
}

export interface EvaluasiListItem {
  id: string;
  periode: { id: string; label: string; status: 'DIBUKA' | 'DITUTUP' };
  pegawai: PegawaiRingkas;
  unit: Orang;
  status: StatusEvaluasi;
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  can: EvaluasiCan;
}

export interface UmpanBalikBerkala {
  tanggal: string;
  pesan: string;
  penulis: string;
}

export interface Diskusi {
  baik: string;
  perbaikan: string;
  rencanaPengembangan: string[];
  dicatatAt: string;
  dicatatOleh: Orang | null;
}

export interface EvaluasiRhk {
  id: string;
  jenis: string;
  uraian: string;
  rating: Rating | null;
  umpanBalik: string | null;
  indikator: Array<{ id: string; aspek: string; uraian: string; target: string; realisasi: number | null; persen: number | null }>;
  bukti: Array<{ id: string; nama: string; url: string | null; tautan: string | null }>;
  umpanBalikBerkala: UmpanBalikBerkala[];
}

export interface Evaluasi {
  id: string;
  periode: PeriodeRingkas;
  pegawai: PegawaiRingkas;
  pejabatPenilai: PegawaiRingkas | null;
  atasanPenilai: PegawaiRingkas | null;
  unit: Orang;
  capaianOrganisasi: CapaianOrganisasi | null;
  status: StatusEvaluasi;
  kepalaUnit: boolean;
  rhk: EvaluasiRhk[];
  saranRatingHasilKerja: Rating | null;
  saranAlasan: string | null;
  ratingHasilKerja: Rating | null;
  umpanBalikHasilKerja: string | null;
  perilaku: Array<{ kode: BerakhlakKode; label: string; ekspektasi: string | null; umpanBalik: string | null; umpanBalikBerkala: UmpanBalikBerkala[] }>;
  ratingPerilaku: Rating | null;
  umpanBalikPerilaku: string | null;
  predikat: Predikat | null;
  umpanBalik360: { jumlahResponden: number; rataRata: Record<string, number> | null };
  diskusi: Diskusi | null;
  finalAt: string | null;
  diterimaAt: string | null;
  keberatanSampai: string | null;
  rowVersion: number;
  can: EvaluasiCan;
}

export interface EvaluasiInput {
  rowVersion: number;
  rhk: Array<{ rhkId: string; rating: Rating; umpanBalik?: string | null }>;
  ratingHasilKerja?: Rating | null;
  umpanBalikHasilKerja?: string | null;
  perilaku: Array<{ kode: BerakhlakKode; umpanBalik: string }>;
  ratingPerilaku: Rating;
  umpanBalikPerilaku?: string | null;
}

export interface DiskusiInput {
  baik: string;
  perbaikan: string;
  rencanaPengembangan: string[];
}

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
    queryFn: ({ signal }) => api.get<{ items: UnitItem[] }>(`/penilaian/periode/${enc(periodeId)}/unit`, undefined, signal),
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
    queryFn: ({ signal }) => api.get<{ items: EvaluasiListItem[] }>('/penilaian/evaluasi', { peran, periodeId }, signal),
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
  return useInvalidating((body: { jenis: JenisPeriode; tahun: number; nomor: number; batasPenilaian: string }) => api.post<PeriodeItem>('/penilaian/periode', body));
}

export function useTutupPeriode() {
  return useInvalidating((id: string) => api.post<PeriodeItem>(`/penilaian/periode/${enc(id)}/tutup`));
}

export function useTetapkanCapaian() {
  return useInvalidating((body: { periodeId: string; unitId: string; capaian: CapaianOrganisasi; justifikasi: string; rowVersion?: number }) =>
    api.put<CapaianDetail>('/penilaian/capaian-organisasi', body),
  );
}

export function useFinalisasiUnit() {
  return useInvalidating((v: { unitId: string; periodeId: string; overrideAlasan?: string }) =>
    api.post<{ finalisasi: FinalisasiInfo; kurva: KurvaStatus }>(`/penilaian/unit/${enc(v.unitId)}/finalisasi`, {
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
