import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { PeriodeKind as PeriodeKinerja } from '@capaian/domain';
import type {
  Bukti,
  ImporResult,
  IndikatorRealisasi,
  RealisasiBeranda,
  RealisasiCreate,
  RealisasiItem,
  RealisasiList,
  RealisasiUpdate,
  RencanaAksi,
  RencanaAksiCreate,
  RencanaAksiUpdate,
  RhkRealisasi,
} from '@capaian/contract/realisasi';
import { api, buildUrl, isApiError } from '@/lib/api-client';

export type { Bukti, IndikatorRealisasi, PeriodeKinerja, RealisasiBeranda, RealisasiItem, RencanaAksi, RhkRealisasi };

/** POST /realisasi without the client id (added when the queue sends it). */
export type RealisasiBaru = Omit<RealisasiCreate, 'id'>;

export const realisasiKeys = {
  all: ['realisasi'] as const,
  saya: (tahun: number) => ['realisasi', 'saya', tahun] as const,
  daftar: (pegawaiId: string, tahun: number, halaman: number) => ['realisasi', 'daftar', pegawaiId, tahun, halaman] as const,
};

const enc = encodeURIComponent;

let cacheStore: UseStore | null = null;
const cache = (): UseStore => (cacheStore ??= createStore('capaian-cache', 'realisasi'));

/**
 * GET /realisasi/saya. The last answer is kept on the device (per pegawai and year) and used
 * only when the server cannot be reached, so the form can still offer the RHK and action plans
 * to an app opened without signal.
 */
async function fetchBeranda(pegawaiId: string, tahun: number, signal: AbortSignal): Promise<RealisasiBeranda> {
  const key = `${pegawaiId}:${tahun}`;
  try {
    const data = await api.get<RealisasiBeranda>('/realisasi/saya', { tahun }, signal);
    void set(key, data, cache()).catch(() => undefined);
    return data;
  } catch (e) {
    if (isApiError(e) && e.status === 0) {
      const saved = await get<RealisasiBeranda>(key, cache()).catch(() => undefined);
      if (saved) return saved;
    }
    throw e;
  }
}

export function berandaQuery(pegawaiId: string, tahun: number) {
  return queryOptions({
    queryKey: realisasiKeys.saya(tahun),
    queryFn: ({ signal }) => fetchBeranda(pegawaiId, tahun, signal),
    // Keep what was loaded while the phone is offline: the form still needs the RHK list.
    gcTime: 24 * 60 * 60_000,
  });
}

/** GET /realisasi answers 50 entries per page. */
export const HALAMAN = 50;

export function daftarQuery(pegawaiId: string, tahun: number, halaman: number) {
  return queryOptions({
    queryKey: realisasiKeys.daftar(pegawaiId, tahun, halaman),
    queryFn: ({ signal }) =>
      api.get<RealisasiList>('/realisasi', { pegawaiId, dari: `${tahun}-01-01`, sampai: `${tahun}-12-31`, halaman }, signal),
    placeholderData: keepPreviousData,
  });
}

export const ubahRealisasi = (id: string, body: RealisasiUpdate) => api.put<RealisasiItem>(`/realisasi/${enc(id)}`, body);
export const hapusRealisasi = (id: string) => api.delete(`/realisasi/${enc(id)}`);
export const hapusBukti = (id: string) => api.delete(`/bukti/${enc(id)}`);

export const tambahRencanaAksi = (skpId: string, body: RencanaAksiCreate) => api.post<RencanaAksi>(`/skp/${enc(skpId)}/rencana-aksi`, body);
export const ubahRencanaAksi = (id: string, body: RencanaAksiUpdate) => api.put<RencanaAksi>(`/rencana-aksi/${enc(id)}`, body);
export const hapusRencanaAksi = (id: string) => api.delete(`/rencana-aksi/${enc(id)}`);

export const templatUrl = (tahun: number) => buildUrl('/realisasi/impor/templat', { tahun });

export function imporProgres(file: File): Promise<ImporResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post<ImporResult>('/realisasi/impor', body);
}

