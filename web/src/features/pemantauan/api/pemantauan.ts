import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { PegawaiDetail } from '@capaian/contract/pegawai';
import type { AnggotaTim, BarisUnit, IndikatorPantau, TimResult, UnitResult } from '@capaian/contract/pemantauan';
import type { Bukti, RealisasiItem, RealisasiList } from '@capaian/contract/realisasi';
import { api } from '@/lib/api-client';

export type { AnggotaTim, BarisUnit, Bukti, IndikatorPantau, RealisasiItem };

/** Rows per page of GET /realisasi (the server's page size). */
export const REALISASI_PAGE_SIZE = 50;

export const pemantauanKeys = {
  all: ['pemantauan'] as const,
  tim: (tahun: number, bulan: number) => ['pemantauan', 'tim', tahun, bulan] as const,
  unit: (tahun: number, bulan: number, unitId: string | null) => ['pemantauan', 'unit', tahun, bulan, unitId ?? ''] as const,
  realisasi: (pegawaiId: string) => ['pemantauan', 'realisasi', pegawaiId] as const,
};

export function papanTimQuery(tahun: number, bulan: number) {
  return queryOptions({
    queryKey: pemantauanKeys.tim(tahun, bulan),
    queryFn: ({ signal }) => api.get<TimResult>('/pemantauan/tim', { tahun, bulan }, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function pemantauanUnitQuery(tahun: number, bulan: number, unitId: string | null) {
  return queryOptions({
    queryKey: pemantauanKeys.unit(tahun, bulan, unitId),
    queryFn: ({ signal }) => api.get<UnitResult>('/pemantauan/unit', { tahun, bulan, unitId }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export interface RealisasiFilter {
  pegawaiId: string;
  dari: string;
  sampai: string;
  halaman: number;
}

export function realisasiPegawaiQuery(f: RealisasiFilter) {
  return queryOptions({
    queryKey: [...pemantauanKeys.realisasi(f.pegawaiId), f.dari, f.sampai, f.halaman] as const,
    queryFn: ({ signal }) => api.get<RealisasiList>('/realisasi', { pegawaiId: f.pegawaiId, dari: f.dari, sampai: f.sampai, halaman: f.halaman }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function realisasiQuery(id: string) {
  return queryOptions({
    queryKey: ['pemantauan', 'realisasi', 'detail', id] as const,
    queryFn: ({ signal }) => api.get<RealisasiItem>(`/realisasi/${encodeURIComponent(id)}`, undefined, signal),
    retry: false,
  });
}

/** The pegawai the page is about (name, NIP, jabatan), readable by their superiors. */
export function pegawaiQuery(pegawaiId: string) {
  return queryOptions({
    queryKey: ['pemantauan', 'pegawai', pegawaiId] as const,
    queryFn: ({ signal }) => api.get<PegawaiDetail>(`/pegawai/${encodeURIComponent(pegawaiId)}`, undefined, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
