import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { api, buildUrl, isApiError } from '@/lib/api-client';

/** Mirrors the API contract of issue #5 (server/src/realisasi/schema.ts). */
import type { PeriodeKind as PeriodeKinerja } from '@capaian/domain';
export type { PeriodeKinerja };

export interface Bukti {
  id: string;
  jenis: 'FILE' | 'TAUTAN';
  nama: string;
  mime: string | null;
  ukuran: number | null;
  tautan: string | null;
  /** /api/v1/bukti/<id>/unduh for a FILE. */
  url: string | null;
}

export interface RealisasiItem {
  id: string;
  pegawaiId: string;
  pegawaiNama: string;
  skpId: string;
  rhkId: string;
  rhkUraian: string;
  rencanaAksiId: string | null;
  rencanaAksiUraian: string | null;
  indikatorId: string | null;
  tanggal: string;
  uraian: string;
  jumlah: number | null;
  rowVersion: number;
  dibuatAt: string;
  diubahAt: string;
  bukti: Bukti[];
  jumlahUmpanBalik: number;
  can: { ubah: boolean; hapus: boolean; tambahBukti: boolean; beriUmpanBalik: boolean };
}

export interface RencanaAksi {
  id: string;
  rhkId: string;
  indikatorId: string | null;
  periode: number;
  periodeMulai: string;
  periodeSelesai: string;
  uraian: string;
  target: number | null;
  satuan: string | null;
  realisasiJumlah: number;
  jumlahEntri: number;
  can: { ubah: boolean; hapus: boolean };
}

export interface IndikatorRealisasi {
  id: string;
  aspek: string;
  uraian: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
  realisasiJumlah: number;
}

export interface RhkRealisasi {
  id: string;
  jenis: string;
  uraian: string;
  indikator: IndikatorRealisasi[];
  rencanaAksi: RencanaAksi[];
}

export interface RealisasiBeranda {
  tahun: number;
  periodeKinerja: PeriodeKinerja;
  hariIni: string;
  skp: { id: string; status: string; versi: number } | null;
  rhk: RhkRealisasi[];
  terakhir: RealisasiItem[];
  can: { catat: boolean; rencanakan: boolean };
}

export interface RealisasiPage {
  items: RealisasiItem[];
  total: number;
}

/** POST /realisasi without the client id. */
export interface RealisasiBaru {
  rhkId: string;
  rencanaAksiId: string | null;
  indikatorId: string | null;
  tanggal: string;
  uraian: string;
  jumlah: number | null;
}

export interface RealisasiUbah {
  rowVersion: number;
  tanggal: string;
  uraian: string;
  jumlah: number | null;
  rencanaAksiId: string | null;
  indikatorId: string | null;
}

export interface RencanaAksiInput {
  rhkId: string;
  indikatorId: string | null;
  periode: number;
  uraian: string;
  target: number | null;
  satuan: string | null;
}


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
      api.get<RealisasiPage>('/realisasi', { pegawaiId, dari: `${tahun}-01-01`, sampai: `${tahun}-12-31`, halaman }, signal),
    placeholderData: keepPreviousData,
  });
}

export const ubahRealisasi = (id: string, body: RealisasiUbah) => api.put<RealisasiItem>(`/realisasi/${enc(id)}`, body);
export const hapusRealisasi = (id: string) => api.delete(`/realisasi/${enc(id)}`);
export const hapusBukti = (id: string) => api.delete(`/bukti/${enc(id)}`);

export const tambahRencanaAksi = (skpId: string, body: RencanaAksiInput) => api.post<RencanaAksi>(`/skp/${enc(skpId)}/rencana-aksi`, body);
export const ubahRencanaAksi = (id: string, body: Omit<RencanaAksiInput, 'rhkId' | 'periode'>) => api.put<RencanaAksi>(`/rencana-aksi/${enc(id)}`, body);
export const hapusRencanaAksi = (id: string) => api.delete(`/rencana-aksi/${enc(id)}`);

export const templatUrl = (tahun: number) => buildUrl('/realisasi/impor/templat', { tahun });

export function imporProgres(file: File): Promise<{ dibuat: number }> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post<{ dibuat: number }>('/realisasi/impor', body);
}

