import { queryOptions } from '@tanstack/react-query';
import { SKP_STATES } from '@capaian/domain';
import type {
  EkspektasiTimResult,
  KomentarInput,
  Matriks,
  MatriksNode,
  RhkInput,
  SasaranOrganisasiPilihan,
  SkpDetail,
  SkpDialog,
  SkpIndikator,
  SkpLampiran,
  SkpPihak,
  SkpRhk,
  SkpRingkas,
  SkpUpdateBody,
  TimItem as SkpTimItem,
  TinjauBody,
} from '@capaian/contract/skp';
import { api, buildUrl } from '@/lib/api-client';
import { allOf, isOneOf } from '@/lib/labels';

export type { KomentarInput, MatriksNode, SasaranOrganisasiPilihan, SkpDetail, SkpDialog, SkpIndikator, SkpLampiran, SkpPihak, SkpRhk, SkpTimItem, SkpUpdateBody };

/** An RHK as POST/PUT …/rhk take it, without the SKP's rowVersion (sent beside it). */
export type RhkBody = Omit<RhkInput, 'rowVersion'>;

export { ASPEK } from '@/lib/labels';
export const PERSPEKTIF = allOf<NonNullable<RhkInput['perspektif']>>()(['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN']);
/** The SKP statuses in workflow order (domain), after the team view's "no SKP yet". */
export const SKP_STATUS = ['BELUM_DIBUAT', ...SKP_STATES] as const;
export type SkpStatus = (typeof SKP_STATUS)[number];

export const skpKeys = {
  all: ['skp'] as const,
  saya: (tahun: number) => ['skp', 'saya', tahun] as const,
  tim: (tahun: number) => ['skp', 'tim', tahun] as const,
  detail: (id: string) => ['skp', 'detail', id] as const,
  matriks: (id: string) => ['skp', 'matriks', id] as const,
};

const p = (id: string) => `/skp/${encodeURIComponent(id)}`;

export function skpSayaQuery(tahun: number) {
  return queryOptions({
    queryKey: skpKeys.saya(tahun),
    queryFn: ({ signal }) => api.get<SkpRingkas[]>('/skp', { tahun }, signal),
  });
}

export function skpTimQuery(tahun: number) {
  return queryOptions({
    queryKey: skpKeys.tim(tahun),
    queryFn: ({ signal }) => api.get<SkpTimItem[]>('/skp/tim', { tahun }, signal),
  });
}

export function skpDetailQuery(id: string) {
  return queryOptions({
    queryKey: skpKeys.detail(id),
    queryFn: ({ signal }) => api.get<SkpDetail>(p(id), undefined, signal),
  });
}

export function matriksQuery(id: string) {
  return queryOptions({
    queryKey: skpKeys.matriks(id),
    queryFn: ({ signal }) => api.get<Matriks>(`${p(id)}/matriks`, undefined, signal),
  });
}

export const dokumenUrl = (id: string) => buildUrl(`${p(id)}/dokumen.pdf`);

export const mulaiSkp = (tahun: number) => api.post<SkpDetail>('/skp', { tahun });
export const updateSkp = (id: string, body: SkpUpdateBody) => api.put<SkpDetail>(p(id), body);
export const tambahRhk = (id: string, rowVersion: number, rhk: RhkBody) => api.post<SkpDetail>(`${p(id)}/rhk`, { rowVersion, ...rhk });
export const usulanRhk = (id: string, rowVersion: number, rhk: RhkBody) => api.post<SkpDetail>(`${p(id)}/usulan-rhk`, { rowVersion, ...rhk });
export const ekspektasiTim = (tahun: number, ekspektasi: Record<string, string>) =>
  api.put<EkspektasiTimResult>('/skp/tim/ekspektasi', { tahun, ekspektasi });
export const ubahRhk = (id: string, rhkId: string, rowVersion: number, rhk: RhkBody) =>
  api.put<SkpDetail>(`${p(id)}/rhk/${encodeURIComponent(rhkId)}`, { rowVersion, ...rhk });
export const hapusRhk = (id: string, rhkId: string, rowVersion: number) =>
  api.delete<SkpDetail>(`${p(id)}/rhk/${encodeURIComponent(rhkId)}?rowVersion=${rowVersion}`);
export const setEkspektasi = (id: string, rowVersion: number, ekspektasi: Record<string, string>) =>
  api.put<SkpDetail>(`${p(id)}/ekspektasi`, { rowVersion, ekspektasi });
export const komentar = (id: string, input: KomentarInput) => api.post<SkpDetail>(`${p(id)}/komentar`, input);
export const aksi = (id: string, action: 'ajukan' | 'tarik' | 'setujui' | 'tetapkan', rowVersion: number) =>
  api.post<SkpDetail>(`${p(id)}/${action}`, { rowVersion });
/** The pengelola kinerja marks a submitted SKP reviewed (with an optional note); the pejabat penilai approves next. */
export const tinjau = (id: string, rowVersion: number, catatan: string | null) =>
  api.post<SkpDetail>(`${p(id)}/tinjau`, { rowVersion, catatan } satisfies TinjauBody);
export const kembalikan = (id: string, rowVersion: number, catatan: string, komentarList: KomentarInput[]) =>
  api.post<SkpDetail>(`${p(id)}/kembalikan`, { rowVersion, catatan, komentar: komentarList });
export const revisi = (id: string, alasan: string) => api.post<SkpDetail>(`${p(id)}/revisi`, { alasan });

const STATUS_COLOR: Readonly<Record<SkpStatus, string>> = {
  BELUM_DIBUAT: 'gray',
  DRAFT: 'gray',
  DIAJUKAN: 'blue',
  DITINJAU: 'cyan',
  DIKEMBALIKAN: 'orange',
  DISETUJUI: 'green',
  DALAM_REVISI: 'yellow',
  DIGANTIKAN: 'dark',
};

/** Mantine colour per SKP status. */
export function statusColor(status: string): string {
  return isOneOf(SKP_STATUS, status) ? STATUS_COLOR[status] : 'gray';
}
