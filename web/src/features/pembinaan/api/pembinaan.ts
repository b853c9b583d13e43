import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AbaikanInput,
  CheckInInput,
  Kasus,
  KasusList,
  KasusListQuery,
  KoreksiSanksi,
  Sanksi,
  SanksiBaru,
  SanksiList,
  SelesaikanInput,
  TindakLanjutiInput,
} from '@capaian/contract/tindak-lanjut';
import type { HasilPerbaikan, JenisKasus, JenisSanksi, KasusState, RencanaPerbaikan } from '@capaian/domain';
import { api, isApiError } from '@/lib/api-client';
import { allOf } from '@/lib/labels';

export type { HasilPerbaikan, JenisKasus, JenisSanksi, Kasus, KasusState, KoreksiSanksi, RencanaPerbaikan, Sanksi, SanksiBaru };
export type LingkupKasus = KasusListQuery['lingkup'];

/** The lists a caller may ask for, in the order the page offers them. */
export const LINGKUP = allOf<LingkupKasus>()(['SAYA', 'TIM', 'SEMUA']);

/** Cases per page of the list. */
export const UKURAN_HALAMAN = 20;

export interface KasusFilter {
  lingkup: LingkupKasus;
  status: KasusState | null;
  jenis: JenisKasus | null;
  halaman: number;
}

const enc = encodeURIComponent;

export const pembinaanKeys = {
  all: ['pembinaan'] as const,
  list: (f: KasusFilter) => ['pembinaan', 'list', f] as const,
  detail: (id: string) => ['pembinaan', 'detail', id] as const,
  sanksi: ['pembinaan', 'sanksi'] as const,
  sanksiList: (lingkup: LingkupKasus, pegawaiId: string | null) => ['pembinaan', 'sanksi', lingkup, pegawaiId] as const,
};

export function kasusListQuery(f: KasusFilter) {
  return queryOptions({
    queryKey: pembinaanKeys.list(f),
    queryFn: ({ signal }) =>
      api.get<KasusList>('/tindak-lanjut/kasus', { lingkup: f.lingkup, status: f.status, jenis: f.jenis, halaman: f.halaman, ukuran: UKURAN_HALAMAN }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function kasusQuery(id: string) {
  return queryOptions({
    queryKey: pembinaanKeys.detail(id),
    queryFn: ({ signal }) => api.get<Kasus>(`/tindak-lanjut/kasus/${enc(id)}`, undefined, signal),
    retry: false,
  });
}

/**
 * Whether the caller has direct subordinates: GET /skp/tim answers them (shares the shell's and
 * the SKP team page's cache key; only its length is read here).
 */
export function bawahanQuery(tahun: number) {
  return queryOptions({
    queryKey: ['skp', 'tim', tahun] as const,
    queryFn: ({ signal }) => api.get<unknown[]>('/skp/tim', { tahun }, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** True when the API refused a change because someone else changed the case first. */
export function isVersionConflict(e: unknown): boolean {
  return isApiError(e) && e.error === 'version_conflict';
}

/**
 * A decision on one case: the answer (the fresh case) replaces the cached detail and the lists
 * are read again. A conflict is left on screen (the page offers to reload).
 */
function useKasusMutation<V>(id: string, fn: (v: V) => Promise<Kasus>, onDone?: (k: Kasus) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (k) => {
      qc.setQueryData(pembinaanKeys.detail(id), k);
      onDone?.(k);
      await qc.invalidateQueries({ queryKey: ['pembinaan', 'list'] });
    },
  });
}

const path = (id: string, aksi: string) => `/tindak-lanjut/kasus/${enc(id)}/${aksi}`;

export function useTindakLanjuti(id: string, onDone?: (k: Kasus) => void) {
  return useKasusMutation(id, (body: TindakLanjutiInput) => api.post<Kasus>(path(id, 'tindak-lanjuti'), body), onDone);
}

export function useAbaikan(id: string, onDone?: (k: Kasus) => void) {
  return useKasusMutation(id, (body: AbaikanInput) => api.post<Kasus>(path(id, 'abaikan'), body), onDone);
}

export function useCheckIn(id: string, onDone?: (k: Kasus) => void) {
  return useKasusMutation(id, (body: CheckInInput) => api.post<Kasus>(path(id, 'check-in'), body), onDone);
}

export function useAkui(id: string) {
  return useKasusMutation(id, () => api.post<Kasus>(path(id, 'akui')));
}

export function useSelesaikan(id: string, onDone?: (k: Kasus) => void) {
  return useKasusMutation(id, (body: SelesaikanInput) => api.post<Kasus>(path(id, 'selesaikan'), body), onDone);
}

// --- Sanksi: recorded by BKPSDM as an authorised official imposed it; corrections keep the old record ---

/** The sanctions of one list (own, the team's, the pemda's), optionally of one pegawai; corrected records included. */
export function sanksiListQuery(lingkup: LingkupKasus, pegawaiId: string | null = null) {
  return queryOptions({
    queryKey: pembinaanKeys.sanksiList(lingkup, pegawaiId),
    queryFn: ({ signal }) => api.get<SanksiList>('/tindak-lanjut/sanksi', { lingkup, pegawaiId }, signal),
    retry: false,
  });
}

/** A change to a sanction: every sanction list is read again (a correction also marks the old record). */
function useSanksiMutation<V>(fn: (v: V) => Promise<Sanksi>, onDone?: (s: Sanksi) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (s) => {
      onDone?.(s);
      await qc.invalidateQueries({ queryKey: pembinaanKeys.sanksi });
    },
  });
}

const sanksiPath = (id: string, aksi: string) => `/tindak-lanjut/sanksi/${enc(id)}/${aksi}`;

export function useCatatSanksi(onDone?: (s: Sanksi) => void) {
  return useSanksiMutation((body: SanksiBaru) => api.post<Sanksi>('/tindak-lanjut/sanksi', body), onDone);
}

export function useKoreksiSanksi(id: string, onDone?: (s: Sanksi) => void) {
  return useSanksiMutation((body: KoreksiSanksi) => api.post<Sanksi>(sanksiPath(id, 'koreksi'), body), onDone);
}

export function useAkuiSanksi(id: string) {
  return useSanksiMutation(() => api.post<Sanksi>(sanksiPath(id, 'akui')));
}
